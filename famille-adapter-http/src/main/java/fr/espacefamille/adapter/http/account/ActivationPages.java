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
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.shared.Outcome;
import fr.espacefamille.domain.account.Account;
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
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("key", "username", "email")) {
            values.put(field, ctx.formParamAsClass(field, String.class).getOrDefault(""));
        }
        String password = ctx.formParam("password");
        if (password != null && !password.equals(ctx.formParam("passwordConfirmation"))) {
            ctx.status(400);
            show(ctx, Pages.context(ctx, TITLE).withErrors(List.of(new FieldError("passwordConfirmation", PasswordPages.PASSWORDS_DIFFER))), values);
            return;
        }
        Outcome<Account> outcome = activate.activate(new ActivateAccount.Command(values.get("key"), values.get("username"),
                password, values.get("email")));
        if (outcome instanceof Outcome.Refused<Account> refused) {
            ctx.status(Problems.status(refused.refusal().kind()));
            show(ctx, Pages.context(ctx, TITLE).withErrors(List.of(PageForm.of(ctx).codes(FIELD_OF_CODE).fallback("key").beside(refused.refusal()))),
                    values);
            return;
        }
        Account account = ((Outcome.Done<Account>) outcome).value();
        Outcome<SignIn.SignedIn> signedIn = signIn.signIn(new SignIn.Command(account.username().value(), password));
        if (signedIn instanceof Outcome.Done<SignIn.SignedIn> done) {
            SessionCookie.open(ctx, done.value().token(), settings);
            Pages.redirect(ctx, "/espace", "Votre espace est créé. Bienvenue !");
        } else {
            Pages.redirect(ctx, "/connexion", "Votre espace est créé : connectez-vous avec votre identifiant et votre mot de passe.");
        }
    }
}
