package fr.espacefamille.adapter.http.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.privacy.ExportFamilyData;
import fr.espacefamille.application.privacy.HoldFamilyData;
import fr.espacefamille.application.privacy.ListFamiliesDueForAnonymisation;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.privacy.RetentionPolicy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mes données personnelles » in a parent's space (the zip of everything kept about the family),
 * and the administrators' « Conservation des données » page: families due for anonymisation
 * within a month, each of which may be held with a written reason, or released.
 */
public final class PrivacyPages implements Feature {

    private static final String MINE = "/espace/donnees";
    private static final String STAFF = "/agents/conservation";
    private static final String STAFF_TITLE = "Conservation des données";

    private final ExportFamilyData export;
    private final ListFamiliesDueForAnonymisation due;
    private final HoldFamilyData holds;
    private final Clock clock;

    public PrivacyPages(ExportFamilyData export, ListFamiliesDueForAnonymisation due, HoldFamilyData holds, Clock clock) {
        this.export = export;
        this.due = due;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(MINE, ctx -> {
            export.familyOf(Pages.actor(ctx));
            Pages.render(ctx, "privacy/mine.jte", Pages.context(ctx, "Mes données personnelles"),
                    Map.of("years", RetentionPolicy.RETENTION.getYears()));
        });
        routes.get(MINE + "/telecharger", ctx -> ZipExport.send(ctx, export, clock));
        routes.get(STAFF, ctx -> staff(ctx, Pages.context(ctx, STAFF_TITLE), Map.of()), Access.staff(Role.ADMIN));
        routes.post(STAFF + "/{family}/conserver", this::hold, Access.staff(Role.ADMIN));
        routes.post(STAFF + "/{family}/liberer", this::release, Access.staff(Role.ADMIN));
    }

    private void staff(Context ctx, PageContext page, Map<String, String> reasons) {
        LocalDate today = LocalDate.now(clock);
        Pages.render(ctx, "privacy/staff.jte", page, Map.of("families", due.list(Pages.actor(ctx), today),
                "until", today.plus(RetentionPolicy.NOTICE), "reasons", reasons));
    }

    private void hold(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId family = Web.pathId(ctx, "family", FamilyId::parse);
        String field = "reason-" + family;
        PageForm form = PageForm.of(ctx).field("reason", field).fallback(field);
        String reason = form.text("reason");
        form.submit(() -> holds.hold(actor, family, reason))
                .redirect(STAFF, "Les données de ce foyer sont conservées jusqu'à nouvel ordre.")
                .orShow(errors -> staff(ctx, Pages.context(ctx, STAFF_TITLE).withErrors(errors),
                        Map.of(family.toString(), reason == null ? "" : reason)));
    }

    private void release(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId family = Web.pathId(ctx, "family", FamilyId::parse);
        holds.release(actor, family);
        Pages.redirect(ctx, STAFF, "Les données de ce foyer seront anonymisées à leur date.");
    }
}
