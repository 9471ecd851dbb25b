package fr.espacefamille.adapter.http.account;

import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.application.shared.Refusals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** « Mot de passe oublié » and the page the mailed link opens to choose a new password. */
public final class PasswordPages implements Feature {

    static final String SENT = "Si un compte correspond à ce que vous avez saisi, un message vient de partir vers son adresse "
            + "électronique, avec votre identifiant et un lien valable une heure pour choisir un nouveau mot de passe.";
    static final String PASSWORDS_DIFFER = "Les deux mots de passe saisis ne sont pas identiques.";
    private static final String FORGOT = "Mot de passe oublié";
    private static final String RESET = "Choisir un nouveau mot de passe";

    private final RequestPasswordReset requestReset;
    private final ResetPassword resetPassword;

    public PasswordPages(RequestPasswordReset requestReset, ResetPassword resetPassword) {
        this.requestReset = requestReset;
        this.resetPassword = resetPassword;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/mot-de-passe/oublie", ctx -> forgotForm(ctx, Pages.context(ctx, FORGOT), ""));
        routes.post("/mot-de-passe/oublie", this::forgot);
        routes.get("/mot-de-passe/reinitialiser", this::resetForm);
        routes.post("/mot-de-passe/reinitialiser", this::reset);
    }

    private void forgotForm(Context ctx, PageContext page, String login) {
        Pages.render(ctx, "account/forgot.jte", page, Map.of("login", login));
    }

    private void forgot(Context ctx) {
        PageForm form = PageForm.of(ctx);
        PageForm.Field<String> login = form.required("login", "Indiquez votre identifiant ou votre adresse électronique.");
        form.submit(() -> requestReset.request(new RequestPasswordReset.Command(login.get())))
                .redirect("/connexion", SENT)
                .orShow(errors -> forgotForm(ctx, Pages.context(ctx, FORGOT).withErrors(errors), form.values().getOrDefault("login", "")));
    }

    private void resetForm(Context ctx) {
        String token = ctx.queryParamAsClass("token", String.class).getOrDefault("");
        renderReset(ctx, Pages.context(ctx, RESET), token, resetPassword.linkIsLive(token));
    }

    private void renderReset(Context ctx, PageContext page, String token, boolean live) {
        // the page carries the token: no cache may keep it
        ctx.header("Cache-Control", "no-store");
        Pages.render(ctx, "account/reset.jte", page, Map.of("token", token, "live", live,
                "expired", Refusals.INVALID_TOKEN.message()));
    }

    private void reset(Context ctx) {
        PageForm form = PageForm.of(ctx).fallback("password");
        String token = form.values().getOrDefault("token", "");
        String password = form.values().getOrDefault("password", "");
        if (!password.equals(ctx.formParam("passwordConfirmation"))) {
            form.error("passwordConfirmation", PASSWORDS_DIFFER);
        }
        form.submit(() -> resetPassword.reset(new ResetPassword.Command(token, password)))
                .then(username -> Pages.redirect(ctx, "/connexion", "Votre mot de passe est changé : connectez-vous avec votre identifiant « "
                        + username + " » et votre nouveau mot de passe."))
                .orShow(errors -> {
                    // a dead link says so on the page itself, with nothing to correct in the form
                    boolean live = resetPassword.linkIsLive(token);
                    renderReset(ctx, Pages.context(ctx, RESET).withErrors(live ? errors : List.of()), token, live);
                });
    }
}
