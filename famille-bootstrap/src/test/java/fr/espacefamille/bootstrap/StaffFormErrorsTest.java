package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff forms report every refused field at once (PageForm), each message beside its field, with 422. */
class StaffFormErrorsTest {

    static BillingTown town;
    static String nurseryAgent;

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-09-01T08:00:00+02:00");
        nurseryAgent = town.portal.agent("NURSERY_AGENT");
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    @Test
    void the_nursery_settings_form_reports_the_places_and_the_closures_together() {
        var refused = town.post("/agents/creche/parametres", nurseryAgent, Map.of("places", "900", "closures", "2026-12-24\ndemain"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"places-error\"", "Indiquez un nombre de places entre 0 et 500.",
                "id=\"closures-error\"", "«\u00a0demain\u00a0» n'est pas une date");
        assertThat(town.page("/agents/creche/parametres", nurseryAgent).body()).doesNotContain("2026-12-24");

        var saved = town.post("/agents/creche/parametres", nurseryAgent, Map.of("places", "12", "closures", "2026-12-24"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(town.page("/agents/creche/parametres", nurseryAgent).body()).contains("2026-12-24");
    }
}
