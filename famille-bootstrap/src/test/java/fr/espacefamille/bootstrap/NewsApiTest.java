package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** News: published by administrators, read by everyone from their publication date. */
class NewsApiTest {

    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-10-15T09:00:00+02:00");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void an_administrator_publishes_and_everyone_reads_from_the_publication_date() {
        String admin = portal.admin();
        var today = portal.call("POST", "/api/v1/admin/news", admin,
                Map.of("title", "Semaine du goût", "body", "Une saveur par jour.", "publishedOn", "2026-10-12"));
        assertThat(today.status()).isEqualTo(201);
        var later = portal.call("POST", "/api/v1/admin/news", admin,
                Map.of("title", "Repas de Noël", "body", "Le 17 décembre.", "publishedOn", "2026-12-01"));
        assertThat(later.status()).isEqualTo(201);

        var list = portal.call("GET", "/api/v1/public/news", null, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("title")).contains("Semaine du goût").doesNotContain("Repas de Noël");

        var page = portal.call("GET", "/actualites/" + today.json().get("id").asText(), null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Semaine du goût", "Une saveur par jour.");
        assertThat(portal.call("GET", "/actualites/" + later.json().get("id").asText(), null, null).status()).isEqualTo(404);
    }

    @Test
    void only_administrators_publish_and_fields_are_checked() {
        String agent = portal.agent("SCHOOL_AGENT");
        assertThat(portal.call("POST", "/api/v1/admin/news", agent,
                Map.of("title", "x", "body", "y", "publishedOn", "2026-10-12")).status()).isEqualTo(403);
        var missing = portal.call("POST", "/api/v1/admin/news", portal.admin(), Map.of("title", "Sans texte", "publishedOn", "2026-10-12"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).contains("body");
        var badDate = portal.call("POST", "/api/v1/admin/news", portal.admin(), Map.of("title", "t", "body", "b", "publishedOn", "12/10/2026"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("detail").asText()).contains("publishedOn");
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void an_administrator_lists_corrects_illustrates_and_withdraws_news_through_the_api() {
        String admin = portal.admin();
        String id = portal.call("POST", "/api/v1/admin/news", admin,
                Map.of("title", "Fete", "body", "Samedi.", "publishedOn", "2026-10-10")).json().get("id").asText();

        var corrected = portal.call("PUT", "/api/v1/admin/news/" + id, admin,
                Map.of("title", "Fête de l'école", "body", "Samedi 17 octobre.", "publishedOn", "2026-10-11"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("title").asText()).isEqualTo("Fête de l'école");

        var refused = CanteenTown.send(portal, "PUT", "/api/v1/admin/news/" + id + "/image",
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "image/png"), "%PDF-1.7 pas une image".getBytes());
        assertThat(refused.status()).isEqualTo(415);
        var png = CanteenTown.send(portal, "PUT", "/api/v1/admin/news/" + id + "/image",
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "image/png"), PNG);
        assertThat(png.status()).as(png.body()).isEqualTo(200);
        String imageUrl = png.json().get("imageUrl").asText();
        var image = CanteenTown.send(portal, "GET", imageUrl, Map.of(), null);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/png");
        assertThat(portal.call("GET", "/actualites/" + id, null, null).body()).contains("<img src=\"" + imageUrl + "\"");

        assertThat(portal.call("GET", "/api/v1/admin/news", admin, null).json().findValuesAsText("id")).contains(id);
        assertThat(portal.call("GET", "/api/v1/admin/news", portal.agent("SCHOOL_AGENT"), null).status()).isEqualTo(403);
        assertThat(portal.call("DELETE", "/api/v1/admin/news/" + id, admin, null).status()).isEqualTo(200);
        assertThat(portal.call("GET", "/api/v1/public/news", null, null).json().findValuesAsText("id")).doesNotContain(id);
        assertThat(portal.call("GET", "/actualites/" + id, null, null).status()).isEqualTo(404);
        assertThat(CanteenTown.send(portal, "GET", imageUrl, Map.of(), null).status()).isEqualTo(404);
        assertThat(portal.call("DELETE", "/api/v1/admin/news/" + id, admin, null).status()).isEqualTo(404);
    }

    @Test
    void the_staff_pages_list_publish_with_an_image_edit_and_withdraw() {
        String admin = portal.admin();
        var multipart = CanteenTown.Multipart.of(Map.of("_csrf", "csrf-news", "title", "Semaine bleue", "body", "Repas avec nos aînés.",
                "publishedOn", "2026-10-14"), "image", "affiche.png", PNG);
        var published = CanteenTown.send(portal, "POST", "/agents/actualites", Map.of("Cookie",
                "famille_session=" + admin + "; famille_csrf=csrf-news", "Content-Type", multipart.contentType()), multipart.bytes());
        assertThat(published.status()).as(published.body()).isEqualTo(303);
        var list = portal.page("/agents/actualites", admin);
        assertThat(list.body()).contains("Semaine bleue", "14/10/2026", "Modifier", "Retirer");
        String id = portal.call("GET", "/api/v1/admin/news", admin, null).json().get(0).get("id").asText();
        assertThat(portal.call("GET", "/api/v1/admin/news", admin, null).json().get(0).get("imageUrl").isNull()).isFalse();

        var empty = portal.form("/agents/actualites/" + id, admin, Map.of("title", "", "body", "", "publishedOn", "demain"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"title-error\"", "id=\"body-error\"", "id=\"publishedOn-error\"");
        assertThat(portal.form("/agents/actualites/" + id, admin, Map.of("title", "Semaine bleue 2026", "body", "Repas avec nos aînés.",
                "publishedOn", "2026-10-14", "removeImage", "true")).status()).isEqualTo(303);
        assertThat(portal.call("GET", "/api/v1/admin/news", admin, null).json().get(0).get("imageUrl").isNull()).isTrue();

        assertThat(portal.form("/agents/actualites/" + id + "/retirer", admin, Map.of()).status()).isEqualTo(303);
        assertThat(portal.page("/agents/actualites", admin).body()).doesNotContain("Semaine bleue 2026");
    }
}
