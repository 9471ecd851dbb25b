package fr.espacefamille.adapter.http.account;

import java.time.Clock;
import java.util.List;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.ReissueActivationKey;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The family page's « Imprimer la lettre de clé » (one guardian) and « Lettres de clé de tout le
 * foyer » buttons: each issues new keys and answers the PDF to print.
 */
public final class KeyLetterPages implements Feature {

    private final ReissueActivationKey reissue;
    private final KeyLetterAnswer answer;

    public KeyLetterPages(ReissueActivationKey reissue, WebSettings settings, Clock clock) {
        this.reissue = reissue;
        this.answer = new KeyLetterAnswer(settings, clock);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/agents/responsables/{id}/cle", this::guardian);
        routes.post("/agents/familles/{id}/lettres-de-cle", this::family);
    }

    private void guardian(Context ctx) {
        GuardianId id = Web.pathId(ctx, "id", GuardianId::parse);
        answer.send(ctx, 200, List.of(reissue.forGuardian(Pages.actor(ctx), id)));
    }

    private void family(Context ctx) {
        FamilyId id = Web.pathId(ctx, "id", FamilyId::parse);
        try {
            answer.send(ctx, 200, reissue.forFamily(Pages.actor(ctx), id));
        } catch (RefusedException e) {
            if (!e.refusal().equals(ReissueActivationKey.ALL_ACCOUNTS_ACTIVATED)) {
                throw e;
            }
            Pages.redirect(ctx, "/agents/familles/" + id, e.refusal().message());
        }
    }
}
