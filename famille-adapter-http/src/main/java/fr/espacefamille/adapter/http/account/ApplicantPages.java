package fr.espacefamille.adapter.http.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.shared.Refusals;
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
        PageForm form = PageForm.of(ctx).codes(FIELD_OF_CODE).fallback("username");
        String password = form.values().getOrDefault("password", "");
        if (!password.equals(ctx.formParam("passwordConfirmation"))) {
            form.error("passwordConfirmation", PasswordPages.PASSWORDS_DIFFER);
        }
        form.submit(() -> create.create(new CreateApplicantAccount.Command(form.values().get("username"), password,
                        form.values().get("email"))))
                .then(account -> Pages.redirect(ctx, "/connexion", "Votre espace est créé. Un courriel vient de partir vers "
                        + account.email() + " : ouvrez son lien dans les 24 heures pour confirmer votre adresse, puis connectez-vous."))
                .orShow(errors -> showSignUp(ctx, Pages.context(ctx, SIGN_UP).withErrors(errors), shown(form)));
    }

    /** What the form shows again: never the passwords. */
    private static Map<String, String> shown(PageForm form) {
        Map<String, String> values = new HashMap<>(form.values());
        values.keySet().retainAll(List.of("username", "email"));
        return values;
    }

    private void confirmForm(Context ctx) {
        String token = ctx.queryParamAsClass("token", String.class).getOrDefault("");
        renderConfirm(ctx, token, confirm.linkIsLive(token));
    }

    private void renderConfirm(Context ctx, String token, boolean live) {
        // the page carries the token: no cache may keep it
        ctx.header("Cache-Control", "no-store");
        Pages.render(ctx, "account/confirm.jte", Pages.context(ctx, CONFIRM), Map.of("token", token, "live", live,
                "expired", Refusals.INVALID_CONFIRMATION_TOKEN.message()));
    }

    private void confirm(Context ctx) {
        PageForm form = PageForm.of(ctx);
        String token = form.values().getOrDefault("token", "");
        form.submit(() -> confirm.confirm(token))
                .then(username -> Pages.redirect(ctx, "/connexion",
                        "Votre adresse électronique est confirmée : connectez-vous avec votre identifiant « " + username + " » et votre mot de passe."))
                .orShow(errors -> renderConfirm(ctx, token, false));
    }
}
