package fr.espacefamille.adapter.http.account;

import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.LocalTarget;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Problems;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.shared.Outcome;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The sign-in page (parents and staff) and sign-out, with a session cookie. */
public final class SignInPages implements Feature {

    private final SignIn signIn;
    private final SignOut signOut;
    private final WebSettings settings;

    public SignInPages(SignIn signIn, SignOut signOut, WebSettings settings) {
        this.signIn = signIn;
        this.signOut = signOut;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/connexion", ctx -> show(ctx, Pages.context(ctx, "Connexion"), ""));
        routes.post("/connexion", this::submit);
        routes.post("/deconnexion", this::signOut);
    }

    private void show(Context ctx, PageContext page, String login) {
        Pages.render(ctx, "account/signin.jte", page, Map.of("login", login, "retour", safeReturn(ctx.queryParam("retour")),
                "franceConnect", settings.franceConnect()));
    }

    private void submit(Context ctx) {
        String login = ctx.formParam("login") == null ? "" : ctx.formParam("login");
        Outcome<SignIn.SignedIn> outcome = signIn.signIn(new SignIn.Command(login, ctx.formParam("password")));
        if (outcome instanceof Outcome.Refused<SignIn.SignedIn> refused) {
            ctx.status(Problems.status(refused.refusal().kind()));
            show(ctx, Pages.context(ctx, "Connexion").withErrors(
                    List.of(new PageContext.FieldError("login", refused.refusal().message()))), login);
            return;
        }
        SignIn.SignedIn signedIn = ((Outcome.Done<SignIn.SignedIn>) outcome).value();
        SessionCookie.open(ctx, signedIn.token(), settings);
        String target = safeReturn(ctx.formParam("retour"));
        if (target.isEmpty()) {
            target = signedIn.role().isStaff() ? "/agents" : "/espace";
        }
        Pages.redirect(ctx, target, "Vous êtes connecté.");
    }

    private void signOut(Context ctx) {
        signOut.signOut(ctx.cookie(HttpApp.SESSION_COOKIE));
        ctx.removeCookie(HttpApp.SESSION_COOKIE, "/");
        Pages.redirect(ctx, "/", "Vous êtes déconnecté.");
    }

    /** Only a local path: never an open redirect to another site. */
    static String safeReturn(String target) {
        return LocalTarget.of(target).orElse("");
    }
}
