package fr.espacefamille.adapter.http.account;

import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.WebSettings;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The pages' session cookie: HttpOnly, SameSite=Lax, Secure behind https. */
final class SessionCookie {

    private SessionCookie() {
    }

    /** A new random token at every sign-in: a session id planted before sign-in is worthless. */
    static void open(Context ctx, String token, WebSettings settings) {
        ctx.cookie(new Cookie(HttpApp.SESSION_COOKIE, token, "/", -1, settings.secureCookies(), true, null, SameSite.LAX));
    }
}
