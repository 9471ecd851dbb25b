package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The data folder of the embedded default holds the database, reset links and activation keys: nobody else may read it. */
class DataFolderTest {

    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    @Test
    void the_h2_file_the_mails_and_the_demo_keys_are_owner_only() throws Exception {
        Path data = Folders.temporary("famille-perms");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("FAMILLE_PORT", "0", "FAMILLE_DEMO", "true", "FAMILLE_CLOCK", "2026-09-07T08:00:00+02:00",
                "FAMILLE_DATA_DIR", data.toString(), "FAMILLE_ADMIN_PASSWORD", ForkedPortal.ADMIN_PASSWORD);
        // the demo's accounts hashed at a test's cost: the folder's permissions do not depend on it
        try (EspaceFamille portal = EspaceFamille.start(Config.fromEnvironment(env), BillingFeeds::ofPortal, TestPortal.PASSWORDS)) {
            HttpResponse<String> forgot = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + portal.port() + "/api/v1/password/forgot")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"admin\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forgot.statusCode()).isEqualTo(202);
        }

        List<Path> everything;
        try (Stream<Path> all = Files.walk(data)) {
            everything = all.toList();
        }
        assertThat(everything).extracting(path -> path.getFileName().toString())
                .contains("famille.mv.db", "demo-cles.txt").anyMatch(name -> name.endsWith(".eml"));
        assertThat(everything).allSatisfy(path -> assertThat(Files.getPosixFilePermissions(path)).as(path.toString())
                .doesNotContainAnyElementsOf(OTHERS));
    }

    /** A second portal started on a folder in use says so in one line and stops, without the database's stack trace. */
    @Test
    void a_second_portal_on_the_same_data_folder_says_so_in_one_line() throws Exception {
        Path data = Folders.temporary("famille-twice");
        try (ForkedPortal first = ForkedPortal.start(Main.class, null, data, "2026-09-07T08:00:00+02:00", "first")) {
            Path log = data.resolve("second.log");
            ProcessBuilder second = new ProcessBuilder(ForkedJvm.command("-Xmx128m", List.of(), Main.class));
            second.environment().putAll(Map.of("FAMILLE_PORT", "0", "FAMILLE_DATA_DIR", data.toString()));
            Process process = second.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the second portal stops on its own").isTrue();

            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("Le dossier de données " + data.toAbsolutePath().normalize()
                    + " est déjà utilisé par un autre portail en marche").doesNotContain("Exception", "\tat ", "h2");
            assertThat(first.call("GET", "/health", null, null).status()).as("the first one still answers").isEqualTo(200);
        }
    }
}
