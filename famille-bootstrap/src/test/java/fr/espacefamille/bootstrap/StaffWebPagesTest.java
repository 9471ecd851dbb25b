package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.bootstrap.PlainBrowser.Page;

/**
 * The staff home over real HTTP, and a link checker from it: every internal link of every page the administrator
 * reaches answers 200, and every kind of those pages passes axe and fits a 320 px screen. A town of its own
 * ({@link WebTown}), so that it runs beside {@link WebPagesTest} in the build's other test process.
 */
class StaffWebPagesTest {

    static WebTown web;

    @BeforeAll
    static void start() {
        web = new WebTown();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void staff_are_sent_from_the_dashboard_to_their_home_and_parents_may_not_open_it() {
        PlainBrowser finance = web.agent("FINANCE_AGENT");
        Page redirect = finance.get("/espace");
        assertThat(redirect.location()).isEqualTo("/agents");
        Page home = finance.get("/agents");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Anomalies de paiement", "Factures en retard", "Aucune facture en retard", "Adresses à valider")
                .doesNotContain("Cantine aujourd'hui", "enfants attendus");

        Page school = web.agent("SCHOOL_AGENT").get("/agents");
        assertThat(school.body()).contains("Cantine aujourd'hui", "Faire le pointage", "Adresses à valider")
                .doesNotContain("Anomalies de paiement", "Factures en retard");

        Page nursery = web.agent("NURSERY_AGENT").get("/agents");
        assertThat(nursery.body()).contains("aujourd'hui", "en liste d'attente").doesNotContain("Anomalies de paiement");

        assertThat(web.parent().get("/agents").status()).isEqualTo(403);
    }

    @Test
    void every_internal_link_answers_200_for_the_administrator() {
        assertThat(web.links("admin", web::admin, "/agents"))
                .contains("/agents/familles", "/agents/facturation", "/agents/creche", "/agents/cantine", "/agents/reglements",
                        "/agents/prelevements")
                .anyMatch(link -> link.matches("/agents/prelevements/fichiers/[^/]+"));
    }

    /** Every kind of staff page the crawler reaches, in a real browser: axe, and nothing sideways at 320 px. */
    @Test
    void every_kind_of_staff_page_is_accessible_and_fits_a_320_px_screen() {
        try (Browser browser = new Browser(web.town.portal.url(""))) {
            web.signIn(browser, "admin", TestPortal.ADMIN_PASSWORD);
            Set<String> visited = web.visitEachKind(browser, web.links("admin", web::admin, "/agents"));
            assertThat(visited).contains("/agents/familles/{id}", "/agents/cantine/effectifs", "/agents/inscriptions/{id}",
                    "/agents/inscriptions/guichet", "/agents/inscriptions/campagnes", "/agents/inscriptions/carte-scolaire")
                    .hasSizeGreaterThan(20);
        }
    }
}
