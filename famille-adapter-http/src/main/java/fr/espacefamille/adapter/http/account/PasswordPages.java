package fr.espacefamille.adapter.http.account;

import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Problems;
import fr.espacefamille.application.account.AccountRefusals;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.application.shared.Outcome;
import fr.espacefamille.domain.account.Username;
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
        String login = ctx.formParamAsClass("login", String.class).getOrDefault("");
        if (login.isBlank()) {
            ctx.status(400);
            forgotForm(ctx, Pages.context(ctx, FORGOT).withErrors(List.of(new FieldError("login",
                    "Indiquez votre identifiant ou votre adresse électronique."))), login);
            return;
        }
        requestReset.request(new RequestPasswordReset.Command(login));
        Pages.redirect(ctx, "/connexion", SENT);
    }

    private void resetForm(Context ctx) {
        String token = ctx.queryParamAsClass("token", String.class).getOrDefault("");
        renderReset(ctx, Pages.context(ctx, RESET), token, resetPassword.linkIsLive(token));
    }

    private void renderReset(Context ctx, PageContext page, String token, boolean live) {
        // the page carries the token: no cache may keep it
        ctx.header("Cache-Control", "no-store");
        Pages.render(ctx, "account/reset.jte", page, Map.of("token", token, "live", live,
                "expired", AccountRefusals.INVALID_TOKEN.message()));
    }

    private void reset(Context ctx) {
        String token = ctx.formParamAsClass("token", String.class).getOrDefault("");
        String password = ctx.formParamAsClass("password", String.class).getOrDefault("");
        if (!password.equals(ctx.formParam("passwordConfirmation"))) {
            ctx.status(400);
            renderReset(ctx, Pages.context(ctx, RESET).withErrors(List.of(new FieldError("passwordConfirmation", PASSWORDS_DIFFER))), token, true);
            return;
        }
        Outcome<Username> outcome = resetPassword.reset(new ResetPassword.Command(token, password));
        if (outcome instanceof Outcome.Refused<Username> refused) {
            ctx.status(Problems.status(refused.refusal().kind()));
            boolean live = !refused.refusal().equals(AccountRefusals.INVALID_TOKEN);
            renderReset(ctx, Pages.context(ctx, RESET).withErrors(live
                    ? List.of(new FieldError("password", refused.refusal().message())) : List.of()), token, live);
            return;
        }
        Username username = ((Outcome.Done<Username>) outcome).value();
        Pages.redirect(ctx, "/connexion", "Votre mot de passe est changé : connectez-vous avec votre identifiant « "
                + username + " » et votre nouveau mot de passe.");
    }
}
