package fr.espacefamille.adapter.http.account;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.family.KeyLetter;
import fr.espacefamille.application.family.ReissueActivationKey;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * API.md: {@code POST /admin/guardians/{id}/activation-key} (JSON, or the key letter with
 * {@code Accept: application/pdf}) and {@code POST /admin/families/{id}/key-letters} (PDF).
 */
public final class KeyLetterApi implements Feature {

    private final ReissueActivationKey reissue;
    private final KeyLetterAnswer answer;

    public KeyLetterApi(ReissueActivationKey reissue, WebSettings settings, Clock clock) {
        this.reissue = reissue;
        this.answer = new KeyLetterAnswer(settings, clock);
    }

    record IssuedKeyJson(String guardianId, String activationKey, LocalDate keyExpiresOn) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/admin/guardians/{id}/activation-key", this::guardian, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
        routes.post(API + "/admin/families/{id}/key-letters", this::family, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
    }

    private void guardian(Context ctx) {
        KeyLetter letter = reissue.forGuardian(Web.actor(ctx), Web.pathId(ctx, "id", GuardianId::parse));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/pdf")) {
            answer.send(ctx, 201, List.of(letter));
            return;
        }
        ctx.header("Cache-Control", "no-store").status(201)
                .json(new IssuedKeyJson(letter.guardian().id().toString(), letter.key().formatted(), letter.expiresOn()));
    }

    private void family(Context ctx) {
        answer.send(ctx, 201, reissue.forFamily(Web.actor(ctx), Web.pathId(ctx, "id", FamilyId::parse)));
    }
}
