package fr.espacefamille.adapter.http.audit;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.audit.ReadAuditLog;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * API.md: {@code GET /admin/audit?from=&to=} for administrators, by pages: {@code page} (from 1)
 * and {@code size} (at most 10,000, the default); the body stays the list of entries and a
 * {@code Link: <…>; rel="next"} header points to the next page when there is one.
 */
public final class AuditApi implements Feature {

    private final ReadAuditLog readAuditLog;

    public AuditApi(ReadAuditLog readAuditLog) {
        this.readAuditLog = readAuditLog;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/admin/audit", this::read, Access.staff(Role.ADMIN));
    }

    private void read(Context ctx) {
        var actor = Web.actor(ctx);
        LocalDate from = Web.queryDate(ctx, "from");
        LocalDate to = Web.queryDate(ctx, "to");
        int page = number(ctx, "page", 1);
        int size = number(ctx, "size", ReadAuditLog.MAX_PAGE_SIZE);
        ReadAuditLog.Page read = readAuditLog.read(actor, from, to, page, size);
        if (read.hasNext()) {
            ctx.header("Link", "<" + API + "/admin/audit?from=" + from + "&to=" + to + "&page=" + (page + 1) + "&size=" + size
                    + ">; rel=\"next\"");
        }
        ctx.json(read.entries());
    }

    private static int number(Context ctx, String name, int absent) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Refusals.invalid(name, "nombre entier attendu");
        }
    }
}
