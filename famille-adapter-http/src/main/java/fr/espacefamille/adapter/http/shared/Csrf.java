package fr.espacefamille.adapter.http.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import fr.espacefamille.application.shared.Secrets;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * CSRF protection of the pages' forms by double submission: a random value in an HttpOnly,
 * SameSite cookie must come back in the form's hidden {@code _csrf} field. Another site can
 * neither read nor set that cookie, so it cannot forge the field.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    static final String COOKIE = "famille_csrf";

    private Csrf() {
    }

    /** The token for this browser, setting the cookie on first use. */
    public static String token(Context ctx, boolean secure) {
        String existing = ctx.attribute(COOKIE);
        if (existing == null) {
            existing = ctx.cookie(COOKIE);
        }
        if (existing == null || existing.length() < 20 || existing.length() > 100) {
            existing = Secrets.newToken();
            ctx.cookie(new Cookie(COOKIE, existing, "/", -1, secure, true, null, SameSite.LAX));
        }
        ctx.attribute(COOKIE, existing);
        return existing;
    }

    /**
     * The payment simulator's page plays the provider's site, which the browser reaches from our
     * signed form without our token; it checks that form's PBX_HMAC instead.
     */
    static boolean exempt(Context ctx) {
        return ctx.path().equals("/paybox/simulateur");
    }

    public static boolean verifies(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        return cookie != null && field != null
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
