package fr.espacefamille.adapter.http.account;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.application.account.IdentityProvider;
import fr.espacefamille.application.account.LinkFranceConnect;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignInWithFranceConnect;
import fr.espacefamille.application.account.UnlinkFranceConnect;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.account.FranceConnectIdentity;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

/**
 * Sign-in with FranceConnect (§13): to the provider and back, the first-time linking page, the
 * « Connexion avec FranceConnect » page of one's space (unlinking), and sign-out of both sessions.
 * The browser keeps the authorisation's state and nonce, the pending identity's token and the ID
 * token (for the provider's sign-out) in HttpOnly cookies; only the pending token designates
 * anything on our side, and it is random.
 */
public final class FranceConnectPages implements Feature {

    private static final Logger LOG = LoggerFactory.getLogger(FranceConnectPages.class);

    static final String LOGIN = "/auth/franceconnect/login";
    static final String CALLBACK = "/auth/franceconnect/callback";
    static final String LOGOUT = "/auth/franceconnect/logout";
    static final String LINK = "/auth/franceconnect/liaison";
    static final String MINE = "/espace/franceconnect";
    /** state and nonce of the authorisation under way */
    static final String FLOW_COOKIE = "famille_fc_flow";
    static final String PENDING_COOKIE = "famille_fc_pending";
    /** the ID token of a FranceConnect sign-in, to end the provider's session with the portal's */
    static final String ID_TOKEN_COOKIE = "famille_fc_id";
    static final String LOGOUT_STATE_COOKIE = "famille_fc_logout";
    private static final String FAILED_TITLE = "Connexion avec FranceConnect";

    private final SignInWithFranceConnect franceConnect;
    private final LinkFranceConnect link;
    private final UnlinkFranceConnect unlink;
    private final WebSettings settings;

    public FranceConnectPages(SignInWithFranceConnect franceConnect, LinkFranceConnect link, UnlinkFranceConnect unlink,
            WebSettings settings) {
        this.franceConnect = franceConnect;
        this.link = link;
        this.unlink = unlink;
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(LOGIN, this::login);
        routes.get(CALLBACK, this::callback);
        routes.get(LINK, this::linkPage);
        routes.post(LINK, this::linkSubmit);
        routes.get(LOGOUT, this::logout);
        routes.get(MINE, this::mine);
        routes.post(MINE + "/delier", this::unlink);
        // the layout's sign-out button: a FranceConnect session ends at the provider too
        routes.before("/deconnexion", ctx -> {
            if (ctx.method().name().equals("POST") && ctx.cookie(ID_TOKEN_COOKIE) != null) {
                ctx.redirect(LOGOUT, HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
        });
    }

    private void login(Context ctx) {
        IdentityProvider.Authorization authorization;
        try {
            authorization = franceConnect.start();
        } catch (IdentityProvider.Unavailable unavailable) {
            LOG.warn("FranceConnect indisponible : {}", unavailable.getMessage());
            failed(ctx, HttpStatus.SERVICE_UNAVAILABLE);
            return;
        }
        setCookie(ctx, FLOW_COOKIE, authorization.state() + "." + authorization.nonce(), 600);
        ctx.redirect(authorization.location().toString(), HttpStatus.SEE_OTHER);
    }

    private void callback(Context ctx) {
        String flow = ctx.cookie(FLOW_COOKIE);
        ctx.removeCookie(FLOW_COOKIE, "/auth/franceconnect");
        String state = null;
        String nonce = null;
        if (flow != null && flow.indexOf('.') > 0) {
            state = flow.substring(0, flow.indexOf('.'));
            nonce = flow.substring(flow.indexOf('.') + 1);
        }
        Map<String, String> parameters = new HashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (values.size() == 1) {
                parameters.put(name, values.get(0));
            }
        });
        SignInWithFranceConnect.Result result = franceConnect.finish(parameters, state, nonce);
        if (result instanceof SignInWithFranceConnect.SignedIn signedIn) {
            SessionCookie.open(ctx, signedIn.session().token(), settings);
            setCookie(ctx, ID_TOKEN_COOKIE, signedIn.idToken(), -1);
            Pages.redirect(ctx, signedIn.session().role().isStaff() ? "/agents" : "/espace", "Vous êtes connecté avec FranceConnect.");
        } else if (result instanceof SignInWithFranceConnect.MustLink mustLink) {
            setCookie(ctx, PENDING_COOKIE, mustLink.pendingToken(), (int) SignInWithFranceConnect.PENDING_LIFETIME.toSeconds());
            setCookie(ctx, ID_TOKEN_COOKIE, mustLink.idToken(), -1);
            ctx.redirect(LINK, HttpStatus.SEE_OTHER);
        } else {
            failed(ctx, HttpStatus.UNAUTHORIZED);
        }
    }

    private void linkPage(Context ctx) {
        showLink(ctx, Pages.context(ctx, "Relier FranceConnect à mon espace"), "");
    }

    private void showLink(Context ctx, PageContext page, String login) {
        Optional<FranceConnectIdentity> identity = franceConnect.pending(ctx.cookie(PENDING_COOKIE));
        if (identity.isEmpty()) {
            failed(ctx, HttpStatus.UNAUTHORIZED);
            return;
        }
        Pages.render(ctx, "account/franceconnect-link.jte", page, Map.of("name", identity.get().fullName(), "login", login));
    }

    private void linkSubmit(Context ctx) {
        if (franceConnect.pending(ctx.cookie(PENDING_COOKIE)).isEmpty()) {
            failed(ctx, HttpStatus.UNAUTHORIZED);
            return;
        }
        PageForm form = PageForm.of(ctx).code(SignIn.BAD_CREDENTIALS.code(), "login").code(SignIn.ACCOUNT_LOCKED.code(), "login")
                .code(Refusals.EMAIL_NOT_CONFIRMED.code(), "login").fallback("login");
        String login = form.values().getOrDefault("login", "");
        form.submit(() -> link.link(new LinkFranceConnect.Command(ctx.cookie(PENDING_COOKIE), login, ctx.formParam("password"))))
                .then(signedIn -> {
                    ctx.removeCookie(PENDING_COOKIE, "/auth/franceconnect");
                    SessionCookie.open(ctx, signedIn.token(), settings);
                    Pages.redirect(ctx, "/espace", "Votre identité FranceConnect est reliée à votre espace : la prochaine fois, "
                            + "FranceConnect suffira pour vous connecter.");
                })
                .orShow(errors -> showLink(ctx, Pages.context(ctx, "Relier FranceConnect à mon espace").withErrors(errors), login));
    }

    private void logout(Context ctx) {
        String returningState = ctx.queryParam("state");
        if (returningState != null) {
            // back from the provider's sign-out: only the state we sent proves it is the end of ours
            boolean ours = returningState.equals(ctx.cookie(LOGOUT_STATE_COOKIE));
            ctx.removeCookie(LOGOUT_STATE_COOKIE, "/auth/franceconnect");
            Pages.redirect(ctx, "/", ours ? "Vous êtes déconnecté de l'Espace Famille et de FranceConnect." : null);
            return;
        }
        String idToken = ctx.cookie(ID_TOKEN_COOKIE);
        String session = ctx.cookie(HttpApp.SESSION_COOKIE);
        ctx.removeCookie(HttpApp.SESSION_COOKIE, "/");
        ctx.removeCookie(ID_TOKEN_COOKIE, "/");
        if (idToken == null) {
            franceConnect.signOut(session, null, "");
            Pages.redirect(ctx, "/", "Vous êtes déconnecté.");
            return;
        }
        String state = Secrets.newToken();
        setCookie(ctx, LOGOUT_STATE_COOKIE, state, 600);
        URI provider;
        try {
            provider = franceConnect.signOut(session, idToken, state);
        } catch (IdentityProvider.Unavailable unavailable) {
            Pages.redirect(ctx, "/", "Vous êtes déconnecté de l'Espace Famille ; FranceConnect ne répond pas : fermez votre navigateur "
                    + "pour vous en déconnecter.");
            return;
        }
        ctx.redirect(provider.toString(), HttpStatus.SEE_OTHER);
    }

    private void mine(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pages.render(ctx, "account/franceconnect.jte", Pages.context(ctx, "Connexion avec FranceConnect"),
                Map.of("linked", actor.accountId() != null && franceConnect.isLinked(actor.accountId())));
    }

    private void unlink(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm.of(ctx).fallback("unlink").submit(() -> unlink.unlink(actor))
                .redirect(MINE, "Votre espace n'est plus relié à FranceConnect : connectez-vous avec votre identifiant et votre mot de passe.")
                .orShow(errors -> Pages.render(ctx, "account/franceconnect.jte",
                        Pages.context(ctx, "Connexion avec FranceConnect").withErrors(errors),
                        Map.of("linked", franceConnect.isLinked(actor.accountId()))));
    }

    private void failed(Context ctx, HttpStatus status) {
        ctx.status(status);
        Pages.render(ctx, "account/franceconnect-failed.jte", Pages.context(ctx, FAILED_TITLE));
    }

    /** An HttpOnly cookie; Lax, so that it comes back with the provider's redirection (a top-level GET). */
    private void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
        String path = name.equals(ID_TOKEN_COOKIE) ? "/" : "/auth/franceconnect";
        ctx.cookie(new Cookie(name, value, path, maxAgeSeconds, settings.secureCookies(), true, null, SameSite.LAX));
    }
}
