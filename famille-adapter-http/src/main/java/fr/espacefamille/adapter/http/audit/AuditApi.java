package fr.espacefamille.adapter.http.audit;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.audit.ReadAuditLog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md: {@code GET /admin/audit?from=&to=} for administrators. */
public final class AuditApi implements Feature {

    private final ReadAuditLog readAuditLog;

    public AuditApi(ReadAuditLog readAuditLog) {
        this.readAuditLog = readAuditLog;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/admin/audit", this::read);
    }

    private void read(Context ctx) {
        var actor = Web.actor(ctx);
        LocalDate from = Web.queryDate(ctx, "from");
        LocalDate to = Web.queryDate(ctx, "to");
        ctx.json(readAuditLog.read(actor, from, to));
    }
}
