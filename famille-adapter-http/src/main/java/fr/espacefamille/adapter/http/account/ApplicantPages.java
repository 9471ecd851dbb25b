package fr.espacefamille.adapter.http.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Problems;
import fr.espacefamille.application.account.AccountRefusals;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.shared.Outcome;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Username;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Je n'ai pas d'espace »: the choice between a key and no key, « Créer mon espace sans clé » for
 * a family new to the town, and the page the confirmation mail's link opens.
 */
public final class ApplicantPages implements Feature {

    private static final String CHOICE = "Je n'ai pas d'espace";
    private static final String SIGN_UP = "Créer mon espace sans clé";
    private static final String CONFIRM = "Confirmer mon adresse électronique";
    private static final Map<String, String> FIELD_OF_CODE = Map.of("USERNAME_TAKEN", "username", "WEAK_PASSWORD", "password");

    private final CreateApplicantAccount create;
    private final ConfirmApplicantEmail confirm;

    public ApplicantPages(CreateApplicantAccount create, ConfirmApplicantEmail confirm) {
        this.create = create;
        this.confirm = confirm;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/sans-espace", ctx -> Pages.render(ctx, "account/no-space.jte", Pages.context(ctx, CHOICE), Map.of()));
        routes.get("/compte/creer", ctx -> showSignUp(ctx, Pages.context(ctx, SIGN_UP), Map.of()));
        routes.post("/compte/creer", this::signUp);
        routes.get("/compte/confirmer", this::confirmForm);
        routes.post("/compte/confirmer", this::confirm);
    }

    private void showSignUp(Context ctx, PageContext page, Map<String, String> values) {
        Pages.render(ctx, "account/applicant.jte", page, Map.of("values", values));
    }

    private void signUp(Context ctx) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("username", "email")) {
            values.put(field, ctx.formParamAsClass(field, String.class).getOrDefault(""));
        }
        String password = ctx.formParamAsClass("password", String.class).getOrDefault("");
        if (!password.equals(ctx.formParam("passwordConfirmation"))) {
            ctx.status(400);
            showSignUp(ctx, Pages.context(ctx, SIGN_UP).withErrors(List.of(new FieldError("passwordConfirmation", PasswordPages.PASSWORDS_DIFFER))), values);
            return;
        }
        Outcome<Account> outcome = create.create(new CreateApplicantAccount.Command(values.get("username"), password,
                values.get("email")));
        if (outcome instanceof Outcome.Refused<Account> refused) {
            ctx.status(Problems.status(refused.refusal().kind()));
            showSignUp(ctx, Pages.context(ctx, SIGN_UP).withErrors(
                    List.of(PageForm.of(ctx).codes(FIELD_OF_CODE).fallback("username").beside(refused.refusal()))), values);
            return;
        }
        Account account = ((Outcome.Done<Account>) outcome).value();
        Pages.redirect(ctx, "/connexion", "Votre espace est créé. Un courriel vient de partir vers " + account.email()
                + " : ouvrez son lien dans les 24 heures pour confirmer votre adresse, puis connectez-vous.");
    }

    private void confirmForm(Context ctx) {
        String token = ctx.queryParamAsClass("token", String.class).getOrDefault("");
        renderConfirm(ctx, token, confirm.linkIsLive(token));
    }

    private void renderConfirm(Context ctx, String token, boolean live) {
        // the page carries the token: no cache may keep it
        ctx.header("Cache-Control", "no-store");
        Pages.render(ctx, "account/confirm.jte", Pages.context(ctx, CONFIRM), Map.of("token", token, "live", live,
                "expired", AccountRefusals.INVALID_CONFIRMATION_TOKEN.message()));
    }

    private void confirm(Context ctx) {
        String token = ctx.formParamAsClass("token", String.class).getOrDefault("");
        Outcome<Username> outcome = confirm.confirm(token);
        if (outcome instanceof Outcome.Refused<Username> refused) {
            ctx.status(Problems.status(refused.refusal().kind()));
            renderConfirm(ctx, token, false);
            return;
        }
        Pages.redirect(ctx, "/connexion", "Votre adresse électronique est confirmée : connectez-vous avec votre identifiant « "
                + ((Outcome.Done<Username>) outcome).value() + " » et votre mot de passe.");
    }
}
