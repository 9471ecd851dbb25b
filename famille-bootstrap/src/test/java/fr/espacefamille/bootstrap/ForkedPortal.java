package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal in a JVM of its own, on a PostgreSQL database or on the embedded H2 default, so that
 * a crash test can kill it with SIGKILL and start it again on the same data. Its clock is frozen;
 * the admin is signed in.
 */
final class ForkedPortal implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Adm1n-Crash-Donges!";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer of the forked portal. */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Process process;
    private final int port;
    private final HttpClient http;
    final String admin;

    private ForkedPortal(Process process, int port, HttpClient http, String admin) {
        this.process = process;
        this.port = port;
        this.http = http;
        this.admin = admin;
    }

    /**
     * Starts {@code main} (a class started like {@link Main}) on the PostgreSQL database {@code dbUrl},
     * or on the embedded H2 file of {@code dataDir} when it is null; answers once the admin is signed in.
     */
    static ForkedPortal start(Class<?> main, String dbUrl, Path dataDir, String clock, String name) throws Exception {
        return start(main, dbUrl, dataDir, clock, name, Map.of());
    }

    /** As {@link #start(Class, String, Path, String, String)}, with more environment variables. */
    static ForkedPortal start(Class<?> main, String dbUrl, Path dataDir, String clock, String name, Map<String, String> env)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = java(main, dbUrl, dataDir, List.of());
        builder.environment().putAll(Map.of("FAMILLE_PORT", String.valueOf(port), "FAMILLE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "FAMILLE_CLOCK", clock));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve(name + ".log").toFile());
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    ForkedPortal portal = new ForkedPortal(process, port, http, null);
                    return new ForkedPortal(process, port, http, portal.signIn("admin", ADMIN_PASSWORD));
                }
            } catch (IOException notYetUp) {
                // each start waits for its first answer: a coarser step is paid, on average half of it, on every start
                Thread.sleep(20);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the portal did not start: " + Files.readString(dataDir.resolve(name + ".log")));
    }

    /** A JVM of its own running {@code main} with {@code args} on the database and data folder given, as {@link #start} does. */
    private static ProcessBuilder java(Class<?> main, String dbUrl, Path dataDir, List<String> jvmOptions, String... args) {
        ProcessBuilder builder = new ProcessBuilder(ForkedJvm.command("-Xmx384m", jvmOptions, main, args));
        builder.environment().put("FAMILLE_DATA_DIR", dataDir.toString());
        if (dbUrl != null) {
            builder.environment().putAll(Map.of("FAMILLE_DB_URL", dbUrl, "FAMILLE_DB_USER", "postgres", "FAMILLE_DB_PASSWORD", "postgres"));
        }
        return builder;
    }

    /** What a command run to its end answered: its exit code and its output. */
    record Finished(int exitCode, String output) {
    }

    /**
     * Runs {@code main} with {@code args} (a command such as {@code backup <file>}) in a JVM of its own
     * on the PostgreSQL database {@code dbUrl}, or on the H2 file of {@code dataDir} when it is null.
     */
    static Finished command(Class<?> main, String dbUrl, Path dataDir, String... args) throws Exception {
        Path output = Files.createTempFile("famille-command", ".log");
        // the application's own logging (INFO), not the quieter one of the test classpath: the command's answer is a log line
        Process process = java(main, dbUrl, dataDir, List.of("-Dlogback.configurationFile=logback.xml"), args).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in 3 minutes: " + Files.readString(output));
        }
        String text = Files.readString(output);
        Files.delete(output);
        return new Finished(process.exitValue(), text);
    }

    /** Posts a multipart form with one file. */
    Answer upload(String path, String token, Map<String, String> fields, String fileField, String filename, byte[] content) {
        CanteenTown.Multipart body = CanteenTown.Multipart.of(fields, fileField, filename, content);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", body.contentType()).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bytes a GET answers (anonymous). */
    byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String signIn(String login, String password) {
        return call("POST", "/api/v1/session", null, Map.of("login", login, "password", password)).json().get("token").asText();
    }

    /** A new staff member with this role, signed in: their bearer token. */
    String agent(String username, String role) {
        String password = "Badge-Mairie-Donges-2026!";
        Answer created = call("POST", "/api/v1/admin/agents", admin, Map.of("username", username, "password", password,
                "email", username + "@mairie.example.fr", "role", role));
        if (created.status() != 201) {
            throw new IllegalStateException("agent not created: " + created.body());
        }
        return signIn(username, password);
    }

    Answer call(String method, String path, String token, Object body) {
        try {
            HttpResponse<String> response = send(method, path, token, body, Duration.ofSeconds(60)).get();
            return new Answer(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(method + " " + path + " failed", e.getCause());
        }
    }

    CompletableFuture<HttpResponse<String>> send(String method, String path, String token, Object body, Duration timeout) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, as the kernel's OOM killer or a power cut would: the process's exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
