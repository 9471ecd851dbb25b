package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.jdbc.TestDatabases;

/**
 * The whole portal started in-process on a free port, for end-to-end tests over real HTTP: an
 * H2 database in memory by default, or any JDBC URL (a real PostgreSQL), with a frozen clock.
 */
public final class TestPortal implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "Adm1n-Portail-Donges!";
    /** The public address written in mails and letters (the portal itself listens on a free port). */
    public static final String BASE_URL = "http://famille.donges.test";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Argon2id at a test's cost (64 KiB, one pass): every sign-in hashes, and OWASP's 19 MiB made them the
     * bulk of these tests' time. Portals started as in production (forked ones, {@link PasswordHashingTest}) use OWASP's.
     */
    static final fr.espacefamille.adapter.crypto.Argon2PasswordHasher PASSWORDS = new fr.espacefamille.adapter.crypto.Argon2PasswordHasher(64, 1, 1);

    private final EspaceFamille app;
    private final Map<String, String> env;
    private final BillingFeeds.Source billingFeeds;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestPortal(Map<String, String> env, BillingFeeds.Source billingFeeds) {
        this.env = env;
        this.billingFeeds = billingFeeds;
        this.app = EspaceFamille.start(Config.fromEnvironment(env), billingFeeds, PASSWORDS);
    }

    /** A portal on a fresh in-memory H2 database, its clock frozen at {@code clock}. */
    public static TestPortal h2(String clock) {
        return start(clock, TestDatabases.freshH2Url(), "sa", "");
    }

    /** A portal on a fresh database of the embedded PostgreSQL server, its clock frozen at {@code clock}. */
    public static TestPortal postgres(String clock) {
        return start(clock, TestDatabases.freshMigratedPostgresUrl(), TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
    }

    public static TestPortal start(String clock, String dbUrl, String user, String password) {
        return start(clock, dbUrl, user, password, BillingFeeds::ofPortal);
    }

    /** A portal on a fresh in-memory H2 database with more variables set (or overridden), e.g. FranceConnect's. */
    public static TestPortal h2(String clock, Map<String, String> moreEnv) {
        Map<String, String> env = environment(clock, TestDatabases.freshH2Url(), "sa", "");
        env.putAll(moreEnv);
        return new TestPortal(env, BillingFeeds::ofPortal);
    }

    /** A portal whose billing reads consumption from {@code billingFeeds} instead of the portal's own. */
    static TestPortal start(String clock, String dbUrl, String user, String password,
            BillingFeeds.Source billingFeeds) {
        return new TestPortal(environment(clock, dbUrl, user, password), billingFeeds);
    }

    private static Map<String, String> environment(String clock, String dbUrl, String user, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("FAMILLE_PORT", "0");
        env.put("FAMILLE_DB_URL", dbUrl);
        env.put("FAMILLE_DB_USER", user);
        env.put("FAMILLE_DB_PASSWORD", password);
        env.put("FAMILLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("FAMILLE_CLOCK", clock);
        env.put("FAMILLE_BASE_URL", BASE_URL);
        // a restarted portal goes on with its predecessor's data folder: none of them owns it
        env.put("FAMILLE_DATA_DIR", Folders.temporary("famille-test").toString());
        return env;
    }

    /** The demo town (FAMILLE_DEMO) on a fresh in-memory H2 database, its clock frozen at {@code clock}. */
    public static TestPortal demoAt(String clock) {
        return h2(clock, Map.of("FAMILLE_DEMO", "true"));
    }

    /** The same database and data folder, started again (a restart). */
    public TestPortal restart() {
        app.close();
        return new TestPortal(env, billingFeeds);
    }

    /** The portal's database opened a second time, to seed what no API creates; close it after use. */
    public fr.espacefamille.adapter.jdbc.shared.Database database() {
        return fr.espacefamille.adapter.jdbc.shared.Database.start(env.get("FAMILLE_DB_URL"), env.get("FAMILLE_DB_USER"),
                env.get("FAMILLE_DB_PASSWORD"));
    }

    /** The same database and data folder, started again with the clock frozen at {@code clock}. */
    public TestPortal restartAt(String clock) {
        app.close();
        Map<String, String> later = new HashMap<>(env);
        later.put("FAMILLE_CLOCK", clock);
        return new TestPortal(later, billingFeeds);
    }

    /** Waits for the work the portal does after answering (password-reset mails). */
    void settle() {
        app.settle();
    }

    /** Runs the reminders job once more, as its schedule would. */
    void runReminderJob() {
        app.runReminderJob();
    }

    /** Runs the orphan files' clean-up once more, as its schedule would: what it deleted and what it could not. */
    fr.espacefamille.application.document.DeleteOrphanFiles.Pass runOrphanCleanUp() {
        return app.runOrphanCleanUp();
    }

    public Path dataDir() {
        return Path.of(env.get("FAMILLE_DATA_DIR"));
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** A bearer token for the admin account. */
    public String admin() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    public String signIn(String login, String password) {
        Response r = call("POST", "/api/v1/session", null, Map.of("login", login, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + r.status() + " " + r.body());
        }
        return r.json().get("token").asText();
    }

    /** Creates a staff agent with the role and answers its token. */
    public String agent(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Agent-" + UUID.randomUUID();
        Response r = call("POST", "/api/v1/admin/agents", admin(),
                Map.of("username", username, "password", password, "email", username + "@mairie.example.fr", "role", role));
        if (r.status() != 201) {
            throw new IllegalStateException("agent creation failed: " + r.body());
        }
        return signIn(username, password);
    }

    public Response call(String method, String path, String token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    /** A call with more headers ({@code Accept}, say). */
    public Response call(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            return send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page seen by the holder of {@code token} (the session cookie carries the same token as the API). */
    public Response page(String path, String token) {
        return withCookies(HttpRequest.newBuilder(URI.create(url(path))).GET(), token, null);
    }

    /** A form posted from a page, with the CSRF field its cookie expects. */
    public Response form(String path, String token, Map<String, String> fields) {
        String csrf = "csrf-" + UUID.randomUUID();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        return withCookies(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"), token, csrf);
    }

    private Response withCookies(HttpRequest.Builder request, String token, String csrf) {
        String cookies = "famille_session=" + token + (csrf == null ? "" : "; famille_csrf=" + csrf);
        return send(request.header("Cookie", cookies).timeout(Duration.ofSeconds(30)).build());
    }

    /** Sends any request to the portal. */
    public Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closedConnection) {
                // The server may close a kept-alive connection after refusing a request whose body it did not
                // read; the client learns it only when reusing the connection, so one retry on a new one is fair.
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    SharedWiring core() {
        return app.core();
    }

    public List<String> routes() {
        return app.routes();
    }

    public Map<String, List<fr.espacefamille.domain.account.Role>> routeRoles() {
        return app.routeRoles();
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        app.close();
    }

    /** An HTTP answer. */
    public record Response(int status, String contentType, byte[] bytes, Map<String, java.util.List<String>> headers) {
        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        public String code() {
            return json().path("code").asText();
        }
    }
}
