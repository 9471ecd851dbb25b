package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.jdbc.TextColumns;
import fr.espacefamille.adapter.jdbc.shared.Database;

/**
 * Personal data (§13) end to end, on H2 and on PostgreSQL: a guardian downloads the family's zip
 * (records and the very bytes of its documents); an administrator sees the family due a month
 * ahead; four years after its last service the portal, restarted, anonymises it at start-up, and
 * no personal value of the family remains in any text column nor any document file.
 */
class PrivacyApiTest {

    private static final String PASSWORD = "Cl3-Solide-Donges!";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ncertificat de Léa\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void on_H2() throws Exception {
        scenario(TestPortal.h2("2026-09-07T08:00:00+02:00"));
    }

    @Test
    void on_PostgreSQL() throws Exception {
        scenario(TestPortal.postgres("2026-09-07T08:00:00+02:00"));
    }

    private static void scenario(TestPortal started) throws Exception {
        TestPortal portal = started;
        try {
            String admin = portal.admin();
            JsonNode family = familyWithAToddler(portal, admin);
            String name = portal.call("GET", "/api/v1/admin/families/" + family.get("id").asText(), admin, null).json().get("name").asText();
            String child = family.get("children").get(0).get("id").asText();
            assertThat(portal.call("POST", "/api/v1/admin/children/" + child + "/enrolments", admin,
                    Map.of("service", "NURSERY_OCCASIONAL", "from", "2026-09-07", "to", "2027-07-04")).status()).isEqualTo(201);
            String username = AccountApiTest.uniqueUsername();
            assertThat(AccountApiTest.activate(portal, AccountApiTest.key(family, 0), username, PASSWORD).status()).isEqualTo(201);
            String parent = portal.signIn(username, PASSWORD);
            var upload = CanteenTown.Multipart.of(Map.of("kind", "MEDICAL_CERTIFICATE"), "file", "certificat-lea.pdf", PDF);
            var uploaded = CanteenTown.send(portal, "POST", "/api/v1/documents",
                    Map.of("Authorization", "Bearer " + parent, "Content-Type", upload.contentType()), upload.bytes());
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            String documentId = uploaded.json().get("id").asText();

            TestPortal.Response export = portal.call("GET", "/api/v1/me/data-export", parent, null);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.contentType()).isEqualTo("application/zip");
            Map<String, byte[]> entries = unzip(export.bytes());
            JsonNode data = JSON.readTree(entries.get("donnees.json"));
            assertThat(data.get("format").asText()).isEqualTo("espace-famille/donnees-foyer/1");
            assertThat(data.get("familyId").asText()).isEqualTo(family.get("id").asText());
            JsonNode records = data.get("records");
            assertThat(records.get("families").get(0).get("name").asText()).isEqualTo(name);
            assertThat(records.get("guardians").findValuesAsText("first_name")).containsExactlyInAnyOrder("Claire", "Julien");
            assertThat(records.get("children").get(0).get("first_name").asText()).isEqualTo("Léa");
            assertThat(records.get("enrolments").get(0).get("to_date").asText()).isEqualTo("2027-07-04");
            assertThat(records.get("accounts").get(0).get("username").asText()).isEqualTo(username);
            assertThat(records.get("accounts").get(0).has("password_hash")).isFalse();
            assertThat(records.get("audit_log").findValuesAsText("action")).contains("ACCOUNT_ACTIVATED", "DOCUMENT_UPLOADED");
            assertThat(records.has("invoices") && records.has("canteen_bookings") && records.has("nursery_bookings")).isTrue();
            assertThat(entries.get("documents/" + documentId + "/certificat-lea.pdf")).isEqualTo(PDF);
            TestPortal.Response fromThePage = portal.page("/espace/donnees/telecharger", parent);
            assertThat(fromThePage.status()).isEqualTo(200);
            assertThat(fromThePage.contentType()).isEqualTo("application/zip");
            assertThat(unzip(fromThePage.bytes()).get("documents/" + documentId + "/certificat-lea.pdf")).as("the page sends the same export")
                    .isEqualTo(PDF);

            assertThat(portal.call("GET", "/api/v1/me/data-export", admin, null).status()).isEqualTo(403);
            assertThat(portal.call("GET", "/api/v1/me/data-export", null, null).status()).isEqualTo(401);
            TestPortal.Response due = portal.call("GET", "/api/v1/admin/retention?on=2030-07-01", admin, null);
            assertThat(due.status()).isEqualTo(200);
            assertThat(due.json()).singleElement().satisfies(d -> {
                assertThat(d.get("familyId").asText()).isEqualTo(family.get("id").asText());
                assertThat(d.get("dueOn").asText()).isEqualTo("2030-07-05");
                assertThat(d.get("held").asBoolean()).isFalse();
            });
            assertThat(portal.call("GET", "/api/v1/admin/retention?on=2030-06-01", admin, null).json()).isEmpty();
            assertThat(portal.call("GET", "/api/v1/admin/retention?on=demain", admin, null).status()).isEqualTo(400);
            assertThat(portal.call("GET", "/api/v1/admin/retention", parent, null).status()).isEqualTo(403);

            portal = portal.restartAt("2030-08-01T08:00:00+02:00");

            List<String> personal = List.of(name, "Claire", "Julien", "Léa", "claire@example.fr", "12 rue de la Loire",
                    "06 12 34 56 78", username, "certificat-lea");
            try (Database database = portal.database()) {
                assertThat(TextColumns.holding(database.context(), personal)).isEmpty();
            }
            try (Stream<Path> files = Files.walk(portal.dataDir().resolve("documents"))) {
                assertThat(files.filter(Files::isRegularFile)).noneMatch(file -> contentIs(file, PDF));
            }
            assertThat(portal.call("POST", "/api/v1/session", null, Map.of("login", username, "password", PASSWORD)).status()).isEqualTo(401);
            assertThat(portal.call("GET", "/api/v1/me", parent, null).status()).isEqualTo(401);
            assertThat(portal.call("GET", "/api/v1/admin/audit?from=2030-08-01&to=2030-08-01", portal.admin(), null).json()
                    .findValuesAsText("action")).contains("FAMILY_ANONYMISED");
            assertThat(portal.call("GET", "/api/v1/admin/retention?on=2030-08-01", portal.admin(), null).json()).isEmpty();
        } finally {
            portal.close();
        }
    }

    /** A family like {@link AccountApiTest#family}, but whose child is young enough for the nursery. */
    static JsonNode familyWithAToddler(TestPortal portal, String admin) {
        String name = "Martin" + System.nanoTime() % 100_000;
        TestPortal.Response created = portal.call("POST", "/api/v1/admin/families", admin, Map.of("name", name, "resident", true,
                "address", Map.of("line1", "12 rue de la Loire", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Claire", "lastName", name, "email", "claire@example.fr",
                        "phone", "06 12 34 56 78"), Map.of("firstName", "Julien", "lastName", name)),
                "children", List.of(Map.of("firstName", "Léa", "lastName", name, "birthDate", "2025-03-14"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static boolean contentIs(Path file, byte[] expected) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), expected);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
