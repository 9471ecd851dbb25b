package fr.espacefamille.adapter.http.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.Authenticate.Read;
import fr.espacefamille.application.shared.Futures;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * Builds the unstarted web application: JSON API under {@code /api/v1}, French pages beside it,
 * one authentication step, security headers and one mapping of refusals and errors.
 */
public final class HttpApp {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);
    public static final String SESSION_COOKIE = "famille_session";
    /** Largest JSON body accepted; uploads have their own limit. */
    static final long MAX_JSON_BYTES = 1_000_000;
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    /** Connections the kernel keeps waiting to be accepted: a town's parents arriving in the same second. */
    static final int ACCEPT_QUEUE = 2048;
    /**
     * Request threads. A request waiting for its nursery batch or for a database connection holds
     * its thread without using the processor: with Jetty's default of 250, a crowd of 1,000 filled
     * them all and every other user's request (a month view) queued behind the crowd, for seconds.
     */
    static final int MAX_THREADS = 2048;

    private HttpApp() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // a key sent twice or a number sent as "12" is a client's mistake to name, not to guess at
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    /**
     * Lets a crowd that connects at the same instant (bookings opening at 8:00) wait in the kernel's
     * accept queue: with Java's default backlog of 50, the 51st simultaneous connection is reset.
     * Each connector also keeps the start of every request line, for {@link ServerErrors}.
     */
    private static void prepareConnectors(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector listening) {
                        listening.setAcceptQueueSize(ACCEPT_QUEUE);
                    }
                    RequestTargets.install(connector);
                }
            }
        });
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        threads.setName("http");
        return threads;
    }

    public static Javalin create(WebSettings settings, Authenticate authenticate, List<Feature> features) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(gg.jte.ContentType.Html);
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
                + settings.formTargets().stream().map(t -> " " + t).reduce("", String::concat);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            PageForm.readTypes(config.validation);
            config.fileRenderer((path, model, ctx) -> {
                StringOutput out = new StringOutput();
                templates.render(path, new HashMap<String, Object>(model), out);
                return French.typesetPage(out.toString());
            });
            config.http.maxRequestSize = MAX_JSON_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES + 64 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(256, SizeUnit.KB);
            config.jetty.threadPool = threadPool();
            config.jetty.modifyServer(HttpApp::prepareConnectors);
            RequestLog.install(config, features);
            ServerErrors serverErrors = new ServerErrors(settings.secureCookies());
            config.jetty.modifyServer(server -> server.setErrorHandler(serverErrors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(serverErrors));
            config.jetty.modifyServletContextHandler(context -> {
                FilterHolder sessionReading = new FilterHolder(new SessionReading(authenticate));
                sessionReading.setAsyncSupported(true);
                context.addFilter(sessionReading, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static/swagger-ui";
                files.directory = "/META-INF/resources/webjars/swagger-ui/5.34.1";
                files.location = Location.CLASSPATH;
            });

            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "same-origin");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", csp);
                ctx.attribute(Pages.SETTINGS, settings);
                if (settings.secureCookies()) {
                    ctx.header("Strict-Transport-Security", "max-age=31536000");
                }
                authenticateRequest(ctx, authenticate);
                if (!ctx.path().startsWith("/static/") && (Web.isMachineRoute(ctx) || Web.authenticated(ctx).isPresent())) {
                    // a person's pages, files and data stay out of every cache; public files say otherwise themselves
                    ctx.header("Cache-Control", "no-store");
                }
            });
            config.routes.before(ctx -> {
                if (!Web.isMachineRoute(ctx) && ctx.method().name().equals("POST") && !Csrf.exempt(ctx) && !Csrf.verifies(ctx)) {
                    throw new RefusedException(new Refusal("CSRF_TOKEN_INVALID", Refusal.Kind.FORBIDDEN,
                            "Le formulaire a expiré ou ne vient pas de ce site : rechargez la page et recommencez."));
                }
            });
            // who may call comes before what was sent: a wrong role's malformed body on a staff route is 403, not 400 (422 on a page)
            config.routes.beforeMatched(Access::check);
            config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
            features.forEach(feature -> feature.register(config.routes));

            config.routes.exception(RefusedException.class, (e, ctx) -> refuse(ctx, e.refusal()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    refuse(ctx, new Refusal("VALIDATION_FAILED", Refusal.Kind.INVALID, French.orInvalid(e.getMessage()))));
            config.routes.exception(JacksonException.class, (e, ctx) -> refuse(ctx, jsonRefusal(e)));
            config.routes.exception(jakarta.servlet.ServletException.class, (e, ctx) -> refuse(ctx,
                    new Refusal("PAYLOAD_TOO_LARGE", Refusal.Kind.TOO_LARGE, "Le fichier dépasse la taille autorisée (10\u00a0Mo).")));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 413) {
                    refuse(ctx, new Refusal("PAYLOAD_TOO_LARGE", Refusal.Kind.TOO_LARGE, "La requête est trop volumineuse."));
                } else if (e.getStatus() == 404) {
                    refuse(ctx, Refusal.notFound("Ressource introuvable."));
                } else {
                    writeError(ctx, e.getStatus(), e.getStatus() == 400 ? "VALIDATION_FAILED" : "HTTP_" + e.getStatus(),
                            Problems.title(e.getStatus()) + ".");
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (violatesConstraint(e)) {
                    // Two requests raced and the database's constraint kept the second out: a conflict, not a crash.
                    LOG.info("Constraint refused a concurrent write on {} {}", ctx.method(), ctx.path());
                    writeError(ctx, 409, "CONFLICT", "Cette demande entre en conflit avec une modification simultanée : rechargez et réessayez.");
                    return;
                }
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                writeError(ctx, 500, "INTERNAL_ERROR", "Une erreur inattendue est survenue. Réessayez dans un instant.");
            });
            config.routes.error(404, ctx -> {
                if (ctx.endpoints().matchedHttpEndpoint() == null) {
                    refuse(ctx, Refusal.notFound("Cette adresse n'existe pas."));
                }
            });
        });
        List<String> undeclared = Access.undeclared(app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint).toList());
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("Staff routes and pages without their roles: " + undeclared);
        }
        return app;
    }

    /** Finishes the authentication from the session {@link SessionReading} read before, when the request had a token. */
    private static void authenticateRequest(Context ctx, Authenticate authenticate) {
        CompletableFuture<Read> read = ctx.attribute(SessionReading.READ);
        if (read != null) {
            authenticate.byToken(Futures.joined(read)).ifPresent(a -> ctx.attribute(Web.AUTHENTICATED, a));
        }
    }

    private static void refuse(Context ctx, Refusal refusal) {
        SecurityLog.refused(ctx, refusal);
        if (!Web.isMachineRoute(ctx) && refusal.kind() == Refusal.Kind.UNAUTHENTICATED && ctx.method().name().equals("GET")) {
            ctx.redirect("/connexion?retour=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        writeError(ctx, Problems.status(refusal.kind()), refusal.code(), refusal.detail());
    }

    private static void writeError(Context ctx, int status, String code, String detail) {
        readUnreadBody(ctx);
        if (Web.isMachineRoute(ctx)) {
            Problems.write(ctx, status, code, detail);
        } else {
            ctx.status(status);
            Pages.render(ctx, "shared/error.jte", Pages.context(ctx, Problems.title(status)),
                    Map.of("status", status, "message", detail));
        }
    }

    /**
     * A request refused before its body was read (no token, unknown id) still has bytes on the way:
     * answering and closing then resets the connection under the client, which sees no answer at
     * all. Reading the rest first (within the JSON size limit) lets the refusal arrive.
     */
    private static void readUnreadBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > 0 && length <= MAX_JSON_BYTES && !ctx.isMultipartFormData()) {
            try {
                ctx.bodyAsBytes();
                return;
            } catch (RuntimeException unreadable) {
                LOG.debug("Request body left unread: {}", unreadable.toString());
            }
        }
        if (length != 0) {
            // A body we could not read (an upload, an oversized one) may still be on the wire: tell the
            // client not to reuse this connection, or its next request would find it closed.
            ctx.header("Connection", "close");
        }
    }

    static Refusal jsonRefusal(JacksonException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (var reference : mismatch.getPath()) {
                if (reference.getFieldName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    field.append('[').append(reference.getIndex()).append(']');
                }
            }
            return Refusal.invalid(field.toString(), "valeur invalide ou de mauvais type");
        }
        if (e instanceof StreamReadException read && read.getMessage() != null && read.getMessage().startsWith("Duplicate field")
                && read.getProcessor() != null) {
            try {
                return Refusal.invalid(read.getProcessor().currentName(), "champ en double");
            } catch (java.io.IOException | RuntimeException unnamed) {
                return Refusal.invalid("body", "champ en double");
            }
        }
        return Refusal.invalid("body", "JSON mal formé");
    }

    /** True when a database integrity constraint (SQLSTATE class 23) caused the failure. */
    static boolean violatesConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Our own invariants speak French; a message that names Java internals is replaced by a generic one. */
}
