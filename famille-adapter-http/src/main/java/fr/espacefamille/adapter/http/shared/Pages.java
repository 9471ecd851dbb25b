package fr.espacefamille.adapter.http.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.HttpStatus;

/** Rendering of the French pages with their shared {@link PageContext}. */
public final class Pages {

    static final String SETTINGS = "famille.settings";
    static final String FLASH_COOKIE = "famille_flash";

    private Pages() {
    }

    public static PageContext context(Context ctx, String title) {
        WebSettings settings = ctx.attribute(SETTINGS);
        String flash = ctx.cookie(FLASH_COOKIE);
        if (flash != null) {
            ctx.removeCookie(FLASH_COOKIE, "/");
            flash = java.net.URLDecoder.decode(flash, java.nio.charset.StandardCharsets.UTF_8);
        }
        return new PageContext(title, Web.optionalActor(ctx).orElse(null), Csrf.token(ctx, settings.secureCookies()),
                settings.simulatedPayments(), flash, List.of(), settings.town());
    }

    /** The deployment's settings, for pages that show something only when it is configured. */
    public static WebSettings settings(Context ctx) {
        return ctx.attribute(SETTINGS);
    }

    /** Renders {@code template} with the page context under "page" and the given model. */
    public static void render(Context ctx, String template, PageContext page, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("page", page);
        ctx.render(template, all);
        ctx.contentType("text/html; charset=utf-8");
    }

    public static void render(Context ctx, String template, PageContext page) {
        render(ctx, template, page, Map.of());
    }

    /** Redirects after a successful form (post/redirect/get) with a message shown once. */
    public static void redirect(Context ctx, String location, String flash) {
        if (flash != null) {
            WebSettings settings = ctx.attribute(SETTINGS);
            ctx.cookie(new Cookie(FLASH_COOKIE, java.net.URLEncoder.encode(flash, java.nio.charset.StandardCharsets.UTF_8), "/", -1,
                    settings.secureCookies(), true, null, SameSite.LAX));
        }
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /** The signed-in person of a page; the error handler sends anyone else to the sign-in page. */
    public static fr.espacefamille.application.shared.Actor actor(Context ctx) {
        return Web.actor(ctx);
    }
}
