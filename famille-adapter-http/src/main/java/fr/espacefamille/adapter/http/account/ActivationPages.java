package fr.espacefamille.adapter.http.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.shared.Refusals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** « Je n'ai pas d'espace → Créer mon espace »: a guardian creates their account with the key, then is signed in. */
public final class ActivationPages implements Feature {

    private static final String TITLE = "Créer mon espace";
    private static final Map<String, String> FIELD_OF_CODE = Map.of(
            "INVALID_KEY", "key", "USERNAME_TAKEN", "username", "WEAK_PASSWORD", "password");
    /** What sign-in may refuse right after activation: the page then sends the person to the sign-in page. */
    private static final Map<String, String> SIGN_IN_REFUSALS = Map.of(SignIn.BAD_CREDENTIALS.code(), "form",
            SignIn.ACCOUNT_LOCKED.code(), "form", Refusals.EMAIL_NOT_CONFIRMED.code(), "form");

    private final ActivateAccount activate;
    private final SignIn signIn;
    private final WebSettings settings;

    public ActivationPages(ActivateAccount activate, SignIn signIn, WebSettings settings) {
        this.activate = activate;
        this.signIn = signIn;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/activation", ctx -> show(ctx, Pages.context(ctx, TITLE), Map.of()));
        routes.post("/activation", this::submit);
    }

    private void show(Context ctx, PageContext page, Map<String, String> values) {
        Pages.render(ctx, "account/activation.jte", page, Map.of("values", values));
    }

    private void submit(Context ctx) {
        PageForm form = PageForm.of(ctx).codes(FIELD_OF_CODE).fallback("key");
        String password = ctx.formParam("password");
        if (password != null && !password.equals(ctx.formParam("passwordConfirmation"))) {
            form.error("passwordConfirmation", PasswordPages.PASSWORDS_DIFFER);
        }
        form.submit(() -> activate.activate(new ActivateAccount.Command(form.values().get("key"), form.values().get("username"),
                        password, form.values().get("email"))))
                .then(account -> signInNow(ctx, account.username().value(), password))
                .orShow(errors -> show(ctx, Pages.context(ctx, TITLE).withErrors(errors), shown(form)));
    }

    /**
     * Opens the new account's session; when sign-in refuses now (its login locked by earlier
     * failures), the account stays created and the person signs in later.
     */
    private void signInNow(Context ctx, String username, String password) {
        PageForm.of(ctx).codes(SIGN_IN_REFUSALS)
                .submit(() -> signIn.signIn(new SignIn.Command(username, password)))
                .then(signedIn -> {
                    SessionCookie.open(ctx, signedIn.token(), settings);
                    Pages.redirect(ctx, "/espace", "Votre espace est créé. Bienvenue !");
                })
                .orShow(notNow -> Pages.redirect(ctx, "/connexion",
                        "Votre espace est créé : connectez-vous avec votre identifiant et votre mot de passe."));
    }

    /** What the form shows again: never the passwords. */
    private static Map<String, String> shown(PageForm form) {
        Map<String, String> values = new HashMap<>(form.values());
        values.keySet().retainAll(List.of("key", "username", "email"));
        return values;
    }
}
