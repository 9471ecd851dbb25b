package fr.espacefamille.adapter.http.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.http.Context;

/** Small request helpers shared by the features' handlers. */
public final class Web {

    public static final String API = "/api/v1";
    static final String AUTHENTICATED = "famille.authenticated";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = HttpApp.objectMapper();

    private Web() {
    }

    /** The signed-in person, or a 401 refusal. */
    public static Actor actor(Context ctx) {
        return authenticated(ctx).map(Authenticated::actor)
                .orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
    }

    public static Optional<Actor> optionalActor(Context ctx) {
        return authenticated(ctx).map(Authenticated::actor);
    }

    public static Optional<Authenticated> authenticated(Context ctx) {
        return Optional.ofNullable(ctx.attribute(AUTHENTICATED));
    }

    /** Parses the JSON body into {@code type}; malformed JSON answers 400 naming the field. */
    public static <T> T body(Context ctx, Class<T> type) {
        T value;
        try {
            value = JSON.readValue(ctx.bodyAsBytes(), type);
        } catch (java.io.IOException e) {
            throw e instanceof com.fasterxml.jackson.core.JacksonException json ? new RefusedException(HttpApp.jsonRefusal(json))
                    : Refusals.invalid("body", "corps de requête illisible");
        }
        if (value == null) {
            throw Refusals.invalid("body", "un objet JSON est attendu");
        }
        return value;
    }

    /** A required field of a request body, or 400 naming it. */
    public static <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw Refusals.invalid(field, "champ obligatoire");
        }
        return value;
    }

    /** A path parameter parsed as an id; anything unparsable is simply not found. */
    public static <T> T pathId(Context ctx, String name, Function<String, Optional<T>> parser) {
        return parser.apply(ctx.pathParam(name)).orElseThrow(Refusals::notFound);
    }

    public static LocalDate date(String text, String field) {
        required(text, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusals.invalid(field, "date invalide (format attendu AAAA-MM-JJ)");
        }
    }

    public static LocalDate queryDate(Context ctx, String name) {
        return date(ctx.queryParam(name), name);
    }

    public static YearMonth month(String text, String field) {
        required(text, field);
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusals.invalid(field, "mois invalide (format attendu AAAA-MM)");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        required(text, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(field, "valeur inconnue « " + text + " »");
        }
    }

    /**
     * Whether the path is answered to programs, never as a page: the JSON API, Paybox's payment
     * notification, health and metrics: they authenticate by bearer token, take no CSRF token, answer errors
     * as JSON and never redirect to the sign-in page.
     */
    public static boolean isMachineRoute(Context ctx) {
        return isMachinePath(ctx.path());
    }

    /** {@link #isMachineRoute} for a bare path (the HTTP server's own errors have no context). */
    static boolean isMachinePath(String path) {
        return path.startsWith(API + "/") || path.equals(API) || path.equals("/paybox/ipn")
                || path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics");
    }
}
