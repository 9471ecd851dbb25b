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
}
