package fr.espacefamille.adapter.http.privacy;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.privacy.ExportFamilyData;
import fr.espacefamille.application.privacy.ListFamiliesDueForAnonymisation;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md « Personal data (§13) »: {@code GET /me/data-export} (a zip) and {@code GET /admin/retention?on=} [ADMIN]. */
public final class PrivacyApi implements Feature {

    /** A family due for anonymisation, as the API shows it. */
    record DueJson(String familyId, String name, LocalDate dueOn, boolean held, String holdReason, String heldBy, Instant heldAt) {
        static DueJson of(ListFamiliesDueForAnonymisation.Due due) {
            return new DueJson(due.family().toString(), due.name(), due.dueOn(), due.hold().isPresent(),
                    due.hold().map(h -> h.reason()).orElse(null), due.hold().map(h -> h.heldBy()).orElse(null),
                    due.hold().map(h -> h.heldAt()).orElse(null));
        }
    }

    private final ExportFamilyData export;
    private final ListFamiliesDueForAnonymisation due;
    private final Clock clock;

    public PrivacyApi(ExportFamilyData export, ListFamiliesDueForAnonymisation due, Clock clock) {
        this.export = export;
        this.due = due;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/me/data-export", ctx -> ZipExport.send(ctx, export, clock));
        routes.get(API + "/admin/retention", this::retention, Access.staff(Role.ADMIN));
    }

    /** Streams the signed-in guardian's family export (API and pages). */
    private void retention(Context ctx) {
        Actor actor = Web.actor(ctx);
        String on = ctx.queryParam("on");
        LocalDate day = on == null || on.isBlank() ? LocalDate.now(clock) : Web.date(on, "on");
        List<DueJson> families = due.list(actor, day).stream().map(DueJson::of).toList();
        ctx.json(families);
    }
}
