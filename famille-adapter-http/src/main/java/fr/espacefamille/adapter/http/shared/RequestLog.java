package fr.espacefamille.adapter.http.shared;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * One log line per request: its id, method, route template, status and duration. The route is
 * the template ({@code /api/v1/children/{childId}}), never the raw path, so that no id, token
 * or key in a URL reaches the logs or the metrics; the query string is never logged.
 */
public final class RequestLog {

    /** Told of every answered request, e.g. to time it by route (metrics). */
    public interface Observer {
        void answered(String method, String route, int status, Duration duration);
    }

    private static final Logger LOG = LoggerFactory.getLogger("requete");
    public static final String REQUEST_ID = "requestId";
    private static final String HEADER = "X-Request-Id";
    /** When the server received the request ({@link System#nanoTime}): before a wait for its session, which counts. */
    private static final String STARTED = "famille.started";
    /** A caller's (reverse proxy's) id is kept only when it is short and harmless in a log line. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestLog() {
    }

    /** Numbers each request and logs it once answered; {@code observers} among the features are told too. */
    static void install(JavalinConfig config, List<?> features) {
        List<Observer> observers = features.stream().filter(Observer.class::isInstance).map(Observer.class::cast).toList();
        config.routes.before(RequestLog::identify);
        config.requestLogger.http((ctx, handled) -> {
            try {
                // an answer from a future is logged on another thread than the one that identified the request
                String id = ctx.attribute(REQUEST_ID);
                MDC.put(REQUEST_ID, id);
                Long started = ctx.attribute(STARTED);
                float millis = started == null ? handled : (System.nanoTime() - started) / 1e6f;
                String route = route(ctx);
                int status = ctx.statusCode();
                long ms = Math.round(millis);
                // the fields also as key-value pairs: JSON logs carry them as fields of their own
                LOG.atInfo().addKeyValue(REQUEST_ID, id).addKeyValue("method", ctx.method().name())
                        .addKeyValue("route", route).addKeyValue("status", status).addKeyValue("durationMs", ms)
                        .log("{} {} {} {} ms", ctx.method().name(), route, status, ms);
                Duration duration = Duration.ofNanos((long) (millis * 1_000_000d));
                observers.forEach(o -> o.answered(ctx.method().name(), route, status, duration));
            } finally {
                MDC.remove(REQUEST_ID);
            }
        });
    }

    /** Marks the request received now, before {@link SessionReading} may suspend it. */
    static void started(HttpServletRequest request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    private static void identify(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : newId();
        ctx.attribute(REQUEST_ID, id);
        ctx.header(HEADER, id);
        MDC.put(REQUEST_ID, id);
    }

    /**
     * A fresh id, shaped as a UUID. Not {@code UUID.randomUUID()}: it draws from the JVM's one
     * {@code SecureRandom} lock, on which a crowd of requests queued; an id to find a request's log
     * lines needs to be unique, not unguessable.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** The matched route's template; static files and unknown addresses are grouped, never named. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/static/") ? "/static/*" : "(aucune route)";
    }

    /**
     * The route template, or before routing (a refusal in a before-handler) the path with every
     * segment holding a digit (an id, a date) written {@code {…}}: still no value in the log.
     */
    static String template(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        String path = ctx.path().length() > 200 ? ctx.path().substring(0, 200) : ctx.path();
        return path.replaceAll("[^/]*[0-9][^/]*", "{…}");
    }
}
