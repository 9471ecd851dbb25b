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
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** « Je n'ai pas d'espace → Créer mon espace »: a guardian creates their account with the key, then is signed in. */
public final class ActivationPages implements Feature {

    private static final String TITLE = "Créer mon espace";
    private static final Map<String, String> FIELD_OF_CODE = Map.of(
            "INVALID_KEY", "key", "USERNAME_TAKEN", "username", "WEAK_PASSWORD", "password");

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
                .then(account -> {
                    try {
                        SessionCookie.open(ctx, signIn.signIn(new SignIn.Command(account.username().value(), password)).token(), settings);
                        Pages.redirect(ctx, "/espace", "Votre espace est créé. Bienvenue !");
                    } catch (RefusedException notNow) {
                        Pages.redirect(ctx, "/connexion", "Votre espace est créé : connectez-vous avec votre identifiant et votre mot de passe.");
                    }
                })
                .orShow(errors -> show(ctx, Pages.context(ctx, TITLE).withErrors(errors), shown(form)));
    }

    /** What the form shows again: never the passwords. */
    private static Map<String, String> shown(PageForm form) {
        Map<String, String> values = new HashMap<>(form.values());
        values.keySet().retainAll(List.of("key", "username", "email"));
        return values;
    }
}
