package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.family.ChildId;

/**
 * The staff family page is a hub (issue 14, item 8): it links to all of the family, edits the file
 * with the household that sets the nursery's rate, adds a child, shows each guardian's username;
 * reprinting a key letter asks to confirm first; the nursery invoice line says how its rate was found.
 */
class FamilyHubPagesTest {

    static BillingTown town;
    static String agent;

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-10-05T08:00:00+02:00");
        town.demoTariffs();
        agent = town.portal.agent("NURSERY_AGENT");
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    private static Map<String, String> file(String resources, String dependents) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("line1", "3 rue des Ajoncs");
        fields.put("postcode", "44480");
        fields.put("city", "Donges");
        fields.put("resident", "true");
        fields.put("resources", resources);
        fields.put("dependents", dependents);
        return fields;
    }

    private static JsonNode family(String id) {
        return BillingTown.expect(200, town.portal.call("GET", "/api/v1/admin/families/" + id, agent, null)).json();
    }

    @Test
    void the_hub_links_to_everything_of_the_family_and_shows_each_guardian_s_username() {
        BillingTown.CreatedFamily roux = town.family("Roux", 600, true, null, 1);
        town.parent(roux, "camille.roux");

        var hub = BillingTown.expect(200, town.page("/agents/familles/" + roux.id(), agent));

        String base = "/agents/familles/" + roux.id();
        assertThat(hub.body()).contains("href=\"" + base + "/facturation\"", "href=\"" + base + "/documents\"",
                "href=\"" + base + "/enfants/" + roux.children().get(0) + "\"", "href=\"/agents/creche/contrats\"",
                "pas de prélèvement", "identifiant «&nbsp;camille.roux&nbsp;»", "Aucune pré-inscription");
        assertThat(BillingTown.expect(200, town.page(base + "/documents", agent)).body()).contains("aucun document");
    }

    @Test
    void staff_edit_the_household_from_the_page_every_error_at_once_then_saved() {
        BillingTown.CreatedFamily petit = town.family("Petit", null, true, null, 1);
        String base = "/agents/familles/" + petit.id();

        var refused = town.post(base, agent, Map.of("line1", "", "postcode", "44", "city", "Donges", "resources", "beaucoup",
                "dependents", "0"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"line1-error\"", "id=\"postcode-error\"", "Le code postal compte 5 chiffres.",
                "id=\"resources-error\"", "id=\"dependents-error\"");
        assertThat(family(petit.id()).get("address").get("line1").asText()).isEqualTo("12 rue de la Loire");

        Map<String, String> fields = file("30 000,00", "2");
        fields.put("disabled", "true");
        assertThat(town.post(base, agent, fields).status()).isEqualTo(303);
        JsonNode saved = family(petit.id());
        assertThat(saved.get("address").get("line1").asText()).isEqualTo("3 rue des Ajoncs");
        assertThat(saved.get("annualResourcesCents").asLong()).isEqualTo(30_000_00L);
        assertThat(saved.get("dependentChildren").asInt()).isEqualTo(2);
        assertThat(saved.get("disabledChild").asBoolean()).isTrue();
        assertThat(town.page(base, agent).body()).contains("value=\"30000,00\"");
    }

    @Test
    void staff_add_a_child_and_set_a_quotient_from_the_page() {
        BillingTown.CreatedFamily blanc = town.family("Blanc", null, true, null, 1);
        String base = "/agents/familles/" + blanc.id();

        var refused = town.post(base + "/enfants", agent, Map.of("childFirst", "", "childLast", "Blanc", "childBirth", "hier"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"childFirst-error\"", "id=\"childBirth-error\"");

        assertThat(town.post(base + "/enfants", agent, Map.of("childFirst", "Jules", "childLast", "Blanc", "childBirth", "2026-06-01"))
                .status()).isEqualTo(303);
        assertThat(family(blanc.id()).get("children")).hasSize(2);
        assertThat(town.page(base, agent).body()).contains("Jules Blanc");

        assertThat(town.post(base + "/quotient", agent, Map.of("quotient", "-3", "validFrom", "")).body())
                .contains("id=\"quotient-error\"", "id=\"validFrom-error\"");
        assertThat(town.post(base + "/quotient", agent, Map.of("quotient", "720", "validFrom", "2026-10-01")).status()).isEqualTo(303);
        assertThat(family(blanc.id()).get("quotient").asInt()).isEqualTo(720);
    }

    @Test
    void reprinting_a_key_letter_says_the_current_key_dies_and_asks_to_confirm() {
        BillingTown.CreatedFamily noel = town.family("Noel", null, true, null, 1);
        String guardian = noel.guardians().get(0);

        var confirm = BillingTown.expect(200, town.page("/agents/responsables/" + guardian + "/cle", agent));
        assertThat(confirm.body()).contains("annule la clé actuelle", "valable jusqu'au 03/01/2027",
                "Annuler la clé actuelle et imprimer la nouvelle lettre");
        assertThat(town.portal.call("POST", "/api/v1/accounts/activate", null, Map.of("key", noel.keys().get(0), "username", "noel.x",
                "password", "Glycine-Ardoise-Tramway-42", "email", "noel.x@example.fr")).status()).as("the GET changed nothing")
                .isNotEqualTo(422);

        BillingTown.CreatedFamily other = town.family("Leroy", null, true, null, 1);
        var pdf = town.post("/agents/responsables/" + other.guardians().get(0) + "/cle", agent, Map.of());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(town.portal.call("POST", "/api/v1/accounts/activate", null, Map.of("key", other.keys().get(0), "username", "leroy.x",
                "password", "Glycine-Ardoise-Tramway-42", "email", "leroy.x@example.fr")).status()).as("the old key died").isEqualTo(422);
    }

    @Test
    void the_nursery_hours_line_says_how_the_hourly_rate_was_computed_on_the_page_and_in_the_api() {
        BillingTown.CreatedFamily gautier = town.family("Gautier", null, true, 6_000_00L, 1);
        town.nursery.put(YearMonth.of(2026, 9), new NurseryMonth(ChildId.parse(gautier.children().get(0)).orElseThrow(), 40, 0, 0, 0, 0));

        JsonNode run = town.run("EARLY_CHILDHOOD", "2026-09", true);
        String invoice = BillingTown.invoiceOf(run, gautier);

        JsonNode lines = town.portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null).json().get("lines");
        assertThat(lines.get(0).get("label").asText()).contains("ressources 500,00\u00a0€/mois, plancher 801,00\u00a0€ appliqué",
                "taux d'effort 0,0619\u00a0%");
        assertThat(town.page("/agents/factures/" + invoice, town.finance).body()).contains("plancher 801,00");
    }

    @Test
    void the_api_edits_the_file_and_adds_a_child() {
        BillingTown.CreatedFamily api = town.family("Api", null, true, null, 1);
        var edited = town.portal.call("PUT", "/api/v1/admin/families/" + api.id(), agent, Map.of(
                "address", Map.of("line1", "1 place de la Mairie", "postcode", "44480", "city", "Donges"), "resident", false,
                "annualResourcesCents", 42_000_00L, "dependentChildren", 3));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("resident").asBoolean()).isFalse();
        assertThat(edited.json().get("annualResourcesCents").asLong()).isEqualTo(42_000_00L);
        assertThat(town.portal.call("PUT", "/api/v1/admin/families/" + api.id(), agent, Map.of("resident", true)).json().get("code").asText())
                .isEqualTo("VALIDATION_FAILED");

        var added = town.portal.call("POST", "/api/v1/admin/families/" + api.id() + "/children", agent,
                Map.of("firstName", "Inès", "lastName", "Api", "birthDate", "2025-12-01"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(family(api.id()).get("children").findValuesAsText("id")).contains(added.json().get("id").asText());
        assertThat(town.portal.call("POST", "/api/v1/admin/families/" + api.id() + "/children", town.portal.agent("FINANCE_AGENT"),
                Map.of("firstName", "Zoé", "lastName", "Api", "birthDate", "2025-12-01")).status()).isEqualTo(403);
        assertThat(List.of(404)).contains(town.portal.call("POST", "/api/v1/admin/families/" + java.util.UUID.randomUUID() + "/children",
                agent, Map.of("firstName", "Zoé", "lastName", "Api", "birthDate", "2025-12-01")).status());
    }
}
