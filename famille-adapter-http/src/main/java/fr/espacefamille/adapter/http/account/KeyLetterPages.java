package fr.espacefamille.adapter.http.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.FamilyDetails;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.ReissueActivationKey;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * The family page's « Imprimer une nouvelle lettre de clé » (one guardian) and « Lettres de clé de
 * tout le foyer »: a page says that the current key stops working and asks to confirm; confirming
 * issues the new keys and answers the PDF to print.
 */
public final class KeyLetterPages implements Feature {

    private static final RouteRole[] REISSUERS = Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT);
    private final ReissueActivationKey reissue;
    private final FindFamily findFamily;
    private final KeyLetterAnswer answer;

    public KeyLetterPages(ReissueActivationKey reissue, FindFamily findFamily, WebSettings settings, Clock clock) {
        this.reissue = reissue;
        this.findFamily = findFamily;
        this.answer = new KeyLetterAnswer(settings, clock);
    }

    @Override
    public void register(RoutesConfig routes) {
        // the confirmation pages lead only to the reissue: shown to those who may reissue
        routes.get("/agents/responsables/{id}/cle", this::confirmGuardian, REISSUERS);
        routes.post("/agents/responsables/{id}/cle", this::guardian, REISSUERS);
        routes.get("/agents/familles/{id}/lettres-de-cle", this::confirmFamily, REISSUERS);
        routes.post("/agents/familles/{id}/lettres-de-cle", this::family, REISSUERS);
    }

    /** Reissuing kills the key the family may still hold: staff confirm first, on a page that needs no script. */
    private void confirmGuardian(Context ctx) {
        Actor actor = Pages.actor(ctx);
        GuardianId id = Web.pathId(ctx, "id", GuardianId::parse);
        FamilyDetails details = findFamily.ofGuardian(actor, id);
        Guardian guardian = details.family().guardian(id).orElseThrow(Refusals::notFound);
        Pages.render(ctx, "account/key-letter-confirm.jte", Pages.context(ctx, "Nouvelle lettre de clé"), Map.of("details", details,
                "guardians", List.of(guardian), "action", "/agents/responsables/" + id + "/cle"));
    }

    private void confirmFamily(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        FamilyDetails details = findFamily.details(actor, id);
        Pages.render(ctx, "account/key-letter-confirm.jte", Pages.context(ctx, "Nouvelles lettres de clé"), Map.of("details", details,
                "guardians", details.family().guardians().stream().filter(g -> !details.accessOf(g.id()).accountActivated()).toList(),
                "action", "/agents/familles/" + id + "/lettres-de-cle"));
    }

    private void guardian(Context ctx) {
        GuardianId id = Web.pathId(ctx, "id", GuardianId::parse);
        answer.send(ctx, 200, List.of(reissue.forGuardian(Pages.actor(ctx), id)));
    }

    private void family(Context ctx) {
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        PageForm.of(ctx).submit(() -> reissue.forFamily(Pages.actor(ctx), id))
                .then(letters -> answer.send(ctx, 200, letters))
                .orRedirect("/agents/familles/" + id);
    }
}
