package fr.espacefamille.adapter.http.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Problems;
import fr.espacefamille.adapter.http.shared.RequestLog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Liveness ({@code /health/live}: the process answers), readiness ({@code /health/ready}: every
 * probe up, else 503, so that a load balancer sends no parent to an instance that cannot serve
 * them) and the Prometheus metrics ({@code /metrics}), which also times every request by route
 * template. The metrics say how many parents use what: they answer only to the bearer of
 * {@code FAMILLE_METRICS_TOKEN} or, without one, to a scraper on this machine itself.
 */
public final class OperationsApi implements Feature, RequestLog.Observer {

    /** One readiness probe's answer; {@code details} are shown as they are (no secret in them). */
    public record Probe(String name, boolean up, Map<String, Object> details) {
        public static Probe up(String name, Map<String, Object> details) {
            return new Probe(name, true, details);
        }

        public static Probe down(String name, Map<String, Object> details) {
            return new Probe(name, false, details);
        }
    }

    private final PrometheusMeterRegistry registry;
    private final Supplier<List<Probe>> readiness;
    private final Optional<byte[]> token;

    public OperationsApi(PrometheusMeterRegistry registry, Supplier<List<Probe>> readiness, Optional<String> metricsToken) {
        this.registry = registry;
        this.readiness = readiness;
        this.token = metricsToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        routes.get("/health/ready", this::ready);
        routes.get("/metrics", this::metrics);
    }

    private void ready(Context ctx) {
        List<Probe> probes = readiness.get();
        boolean up = probes.stream().allMatch(Probe::up);
        Map<String, Object> checks = new LinkedHashMap<>();
        for (Probe probe : probes) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("status", probe.up() ? "UP" : "DOWN");
            check.putAll(probe.details());
            checks.put(probe.name(), check);
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "checks", checks));
    }

    private void metrics(Context ctx) {
        if (token.isPresent()) {
            String header = ctx.header("Authorization");
            byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
            if (!MessageDigest.isEqual(given, token.get())) {
                ctx.header("WWW-Authenticate", "Bearer");
                Problems.write(ctx, 401, "UNAUTHENTICATED", "Jeton de métriques absent ou invalide.");
                return;
            }
        } else if (!fromThisMachine(ctx)) {
            // not public by default: to the outside world there is nothing here
            Problems.write(ctx, 404, "NOT_FOUND", "Cette adresse n'existe pas.");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    /** A local scraper, not a reverse proxy on this machine relaying a visitor (it would add a forwarding header). */
    private static boolean fromThisMachine(Context ctx) {
        if (ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null || ctx.header("X-Real-IP") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void answered(String method, String route, int status, Duration duration) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(duration);
    }
}
