package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.shared.Database;

/**
 * Rules documents (règlements) over real HTTP: staff publish PDFs, everyone lists and downloads
 * them without signing in, staff withdraw them; refusals answer the API's codes, and the
 * documents survive a restart on an H2 file and on PostgreSQL.
 */
class RulesApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\nrèglement\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-08-25T10:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static TestPortal.Response publish(TestPortal portal, String token, String title, String service, String filename, byte[] file) {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("service", service);
        CanteenTown.Multipart body = CanteenTown.Multipart.of(fields, "file", filename, file);
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", body.contentType()));
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return CanteenTown.send(portal, "POST", "/api/v1/admin/rules", headers, body.bytes());
    }

    private static TestPortal.Response page(String token) {
        return CanteenTown.send(portal, "GET", "/agents/reglements", CanteenPagesTest.cookies(token), null);
    }

    private static TestPortal.Response form(String token, Map<String, String> fields, String fileField, String filename, byte[] file) {
        Map<String, String> withCsrf = new HashMap<>(fields);
        withCsrf.put("_csrf", CanteenPagesTest.CSRF);
        CanteenTown.Multipart body = CanteenTown.Multipart.of(withCsrf, fileField, filename, file);
        Map<String, String> headers = new HashMap<>(CanteenPagesTest.cookies(token));
        headers.put("Content-Type", body.contentType());
        return CanteenTown.send(portal, "POST", "/agents/reglements", headers, body.bytes());
    }

    private static JsonNode listed(TestPortal portal, String id) {
        for (JsonNode rules : portal.call("GET", "/api/v1/public/rules", null, null).json()) {
            if (rules.get("id").asText().equals(id)) {
                return rules;
            }
        }
        return null;
    }

    @Test
    void staff_publish_a_pdf_that_anyone_lists_and_downloads_then_withdraw_it() {
        String agent = portal.agent("SCHOOL_AGENT");
        var published = publish(portal, agent, "Règlement de la cantine", "CANTEEN", "Règlement cantine 2026.pdf", PDF);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        JsonNode item = published.json();
        String id = item.get("id").asText();
        assertThat(item.get("title").asText()).isEqualTo("Règlement de la cantine");
        assertThat(item.get("service").asText()).isEqualTo("CANTEEN");
        assertThat(item.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(item.get("publishedAt").asText()).isEqualTo("2026-08-25T08:00:00Z");
        assertThat(item.get("fileUrl").asText()).isEqualTo("/api/v1/public/rules/" + id + "/file");
        assertThat(listed(portal, id)).isEqualTo(item);

        var download = portal.call("GET", "/api/v1/public/rules/" + id + "/file", null, null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.headers().get("content-disposition")).singleElement().satisfies(disposition -> assertThat(disposition)
                .startsWith("inline; filename=\"Reglement cantine 2026.pdf\"; filename*=UTF-8''R%C3%A8glement%20cantine%202026.pdf"));
        var page = portal.call("GET", "/reglements", null, null);
        assertThat(page.body()).contains("Règlement de la cantine", "Restauration scolaire", "href=\"/reglements/" + id + "\"", "25/08/2026");
        assertThat(portal.call("GET", "/reglements/" + id, null, null).bytes()).isEqualTo(PDF);

        assertThat(portal.call("DELETE", "/api/v1/admin/rules/" + id, portal.agent("NURSERY_AGENT"), null).status())
                .as("another service's agent").isEqualTo(403);
        assertThat(portal.call("DELETE", "/api/v1/admin/rules/" + id, agent, null).status()).isEqualTo(204);
        assertThat(listed(portal, id)).isNull();
        assertThat(portal.call("GET", "/api/v1/public/rules/" + id + "/file", null, null).code()).isEqualTo("NOT_FOUND");
        assertThat(portal.call("GET", "/reglements/" + id, null, null).status()).isEqualTo(404);
        assertThat(portal.call("DELETE", "/api/v1/admin/rules/" + id, agent, null).status()).isEqualTo(404);
        assertThat(portal.call("DELETE", "/api/v1/admin/rules/" + UUID.randomUUID(), portal.admin(), null).code()).isEqualTo("NOT_FOUND");

        JsonNode audit = portal.call("GET", "/api/v1/admin/audit?from=2026-08-25&to=2026-08-25", portal.admin(), null).json();
        assertThat(audit.findValuesAsText("action")).contains("RULES_PUBLISHED", "RULES_WITHDRAWN");
    }

    @Test
    void public_rules_pdfs_are_cacheable_and_revalidate_while_a_family_s_documents_stay_out_of_caches() {
        String agent = portal.agent("SCHOOL_AGENT");
        String id = publish(portal, agent, "Règlement du périscolaire", "CANTEEN", "periscolaire.pdf", PDF).json().get("id").asText();
        String file = "/api/v1/public/rules/" + id + "/file";

        for (var download : List.of(portal.call("GET", file, null, null),
                CanteenTown.send(portal, "GET", "/reglements/" + id, CanteenPagesTest.cookies(agent), null))) {
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(PDF);
            assertThat(download.headers().get("cache-control")).as("signed in or not").containsExactly("public, max-age=3600");
            assertThat(download.headers().get("etag")).containsExactly("\"" + id + "\"");
            assertThat(download.headers().get("last-modified")).containsExactly("Tue, 25 Aug 2026 08:00:00 GMT");
        }
        var same = CanteenTown.send(portal, "GET", file, Map.of("If-None-Match", "\"autre\", \"" + id + "\""), null);
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.bytes()).isEmpty();
        assertThat(same.headers().get("cache-control")).containsExactly("public, max-age=3600");
        assertThat(CanteenTown.send(portal, "GET", file, Map.of("If-None-Match", "\"autre\""), null).bytes())
                .as("another version").isEqualTo(PDF);
        assertThat(CanteenTown.send(portal, "GET", file, Map.of("If-Modified-Since", "Tue, 25 Aug 2026 08:00:00 GMT"), null).status())
                .isEqualTo(304);
        assertThat(CanteenTown.send(portal, "GET", file, Map.of("If-Modified-Since", "Tue, 25 Aug 2026 07:59:59 GMT"), null).bytes())
                .as("published since").isEqualTo(PDF);
        assertThat(CanteenTown.send(portal, "GET", file, Map.of("If-None-Match", "\"autre\"",
                "If-Modified-Since", "Tue, 25 Aug 2026 08:00:00 GMT"), null).status()).as("the ETag decides").isEqualTo(200);

        CanteenTown town = new CanteenTown(portal);
        var uploaded = town.upload(town.claire, "INSURANCE", "assurance.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        var own = portal.call("GET", "/api/v1/documents/" + uploaded.json().get("id").asText(), town.claire, null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.headers().get("cache-control")).containsExactly("private, no-store");
        assertThat(own.headers()).doesNotContainKey("etag");
    }

    @Test
    void only_staff_publish_and_only_pdfs_of_at_most_ten_mebibytes() {
        assertThat(publish(portal, null, "Anonyme", "GENERAL", "r.pdf", PDF).code()).isEqualTo("UNAUTHENTICATED");
        String parent = new CanteenTown(portal).claire;
        var byParent = publish(portal, parent, "Parent", "GENERAL", "r.pdf", PDF);
        assertThat(byParent.status()).isEqualTo(403);
        assertThat(byParent.code()).isEqualTo("FORBIDDEN");
        assertThat(publish(portal, portal.agent("FINANCE_AGENT"), "Finances", "GENERAL", "r.pdf", PDF).status()).isEqualTo(403);

        String admin = portal.admin();
        var html = publish(portal, admin, "Page", "GENERAL", "reglement.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(html.json().get("detail").asText()).contains("PDF");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(publish(portal, admin, "Image", "GENERAL", "plan.png", png).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var tooLarge = CanteenTown.sendOversized(() -> publish(portal, admin, "Trop gros", "GENERAL", "gros.pdf", big));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        var untitled = publish(portal, admin, " ", "GENERAL", "r.pdf", PDF);
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.json().get("detail").asText()).startsWith("title");
        var unknownService = publish(portal, admin, "Piscine", "PISCINE", "r.pdf", PDF);
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(unknownService.json().get("detail").asText()).startsWith("service");
        var json = portal.call("POST", "/api/v1/admin/rules", admin, Map.of("title", "JSON", "service", "GENERAL"));
        assertThat(json.status()).isEqualTo(415);

        assertThat(portal.call("GET", "/api/v1/public/rules", null, null).json().findValuesAsText("title"))
                .doesNotContain("Anonyme", "Parent", "Finances", "Page", "Image", "Trop gros", "Piscine", "JSON");
        try (var files = Files.list(portal.dataDir().resolve("documents"))) {
            assertThat(files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString)
                    .filter(name -> !name.startsWith("."))).as("no refused upload left a file behind").isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_staff_page_publishes_with_its_form_and_shows_errors_beside_the_fields() {
        String agent = portal.agent("NURSERY_AGENT");
        var form = page(agent);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "<label for=\"title\">", "<label for=\"service\">",
                "<label for=\"file\">", "Multi-accueil").doesNotContain("Restauration scolaire</option>");
        CanteenPagesTest.everyPostFormHasTheCsrfField(form.body());

        // what a browser sends when no file was chosen: an empty part with no name
        var nothing = form(agent, Map.of("title", "", "service", ""), "file", "", new byte[0]);
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.body()).contains("id=\"title-error\"", "Indiquez le titre du règlement.",
                "id=\"service-error\"", "Choisissez le service concerné.", "id=\"file-error\"", "Choisissez un fichier PDF.");

        var refused = form(agent, Map.of("title", "Plan", "service", "NURSERY"),
                "file", "plan.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body()).contains("id=\"file-error\"", "un règlement doit être un fichier PDF", "value=\"Plan\"");

        var published = form(agent,
                Map.of("title", "Règlement « Bout d'chou »", "service", "NURSERY"), "file", "multi-accueil.pdf", PDF);
        assertThat(published.status()).isEqualTo(303);
        var list = page(agent);
        assertThat(list.body()).contains("Retirer<span class=\"sr-only\">\u00a0: Règlement «\u00a0Bout d'chou\u00a0»</span>", "/retrait");
        assertThat(page(portal.agent("FINANCE_AGENT")).status()).isEqualTo(403);
    }

    @Test
    void h2_file_keeps_the_rules_across_a_restart() throws Exception {
        survivesARestart(TestPortal.start("2026-08-25T10:00:00+02:00", Database.h2FileUrl(Folders.temporary("famille-rules")), "sa", ""));
    }

    @Test
    void postgres_keeps_the_rules_across_a_restart() {
        survivesARestart(TestPortal.start("2026-08-25T10:00:00+02:00", TestDatabases.freshMigratedPostgresUrl(),
                TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER));
    }

    private static void survivesARestart(TestPortal first) {
        TestPortal restarted = first;
        try {
            String admin = first.admin();
            JsonNode kept = publish(first, admin, "Règlement général", "GENERAL", "général.pdf", PDF).json();
            String withdrawn = publish(first, admin, "Ancienne version", "GENERAL", "ancien.pdf", PDF).json().get("id").asText();
            assertThat(first.call("DELETE", "/api/v1/admin/rules/" + withdrawn, admin, null).status()).isEqualTo(204);

            restarted = first.restart();

            assertThat(restarted.call("GET", "/api/v1/public/rules", null, null).json()).containsExactly(kept);
            assertThat(restarted.call("GET", kept.get("fileUrl").asText(), null, null).bytes()).isEqualTo(PDF);
            assertThat(restarted.call("GET", "/api/v1/public/rules/" + withdrawn + "/file", null, null).status()).isEqualTo(404);
        } finally {
            restarted.close();
        }
    }

    @Test
    void the_demo_town_publishes_two_real_pdfs() {
        // the demo's accounts hashed at a test's cost (TestPortal): its documents do not depend on it
        try (TestPortal demo = TestPortal.demoAt("2026-08-25T10:00:00+02:00")) {
            JsonNode rules = demo.call("GET", "/api/v1/public/rules", null, null).json();
            assertThat(rules.findValuesAsText("service")).containsExactlyInAnyOrder("CANTEEN", "NURSERY");
            for (JsonNode item : rules) {
                TestPortal.Response pdf = demo.call("GET", item.get("fileUrl").asText(), null, null);
                assertThat(pdf.contentType()).isEqualTo("application/pdf");
                assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                assertThat(pdf.bytes()).hasSize(item.get("sizeBytes").asInt()).hasSizeGreaterThan(500);
            }
        }
    }
}
