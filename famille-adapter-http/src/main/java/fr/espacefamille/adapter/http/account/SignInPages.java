package fr.espacefamille.adapter.http.account;

import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.LocalTarget;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.shared.Refusals;
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
        // beside the login field, each with its own status: 401 wrong login, 429 too many tries, 403 email not confirmed
        PageForm form = PageForm.of(ctx).code(SignIn.BAD_CREDENTIALS.code(), "login").code(SignIn.ACCOUNT_LOCKED.code(), "login")
                .code(Refusals.EMAIL_NOT_CONFIRMED.code(), "login");
        String login = form.values().getOrDefault("login", "");
        form.submit(() -> signIn.signIn(new SignIn.Command(login, ctx.formParam("password"))))
                .then(signedIn -> {
                    SessionCookie.open(ctx, signedIn.token(), settings);
                    String target = safeReturn(ctx.formParam("retour"));
                    Pages.redirect(ctx, target.isEmpty() ? (signedIn.role().isStaff() ? "/agents" : "/espace") : target, "Vous êtes connecté.");
                })
                .orShow(errors -> show(ctx, Pages.context(ctx, "Connexion").withErrors(errors), login));
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
