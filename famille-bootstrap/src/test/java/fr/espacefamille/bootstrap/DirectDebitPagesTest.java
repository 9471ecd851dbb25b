package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.bootstrap.BillingTown.invoiceOf;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.sepa.Pain008Check;
import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/** Direct debit's French pages over HTTP without JavaScript: a parent's mandates, the staff's files and rejects; errors beside fields. */
class DirectDebitPagesTest {

    static BillingTown town;

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        town.demoTariffs();
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    @Test
    void a_parent_signs_sees_and_revokes_a_mandate_and_a_wrong_iban_is_said_beside_its_field() {
        CreatedFamily family = town.family("Signe", 450, true, null, 1);
        String parent = town.parent(family, "signe.parent");
        String page = expect(200, town.page("/espace/prelevement", parent)).body();
        assertThat(page).contains("Prélèvement automatique", "Souscrire au prélèvement", "<label for=\"iban\">", "name=\"_csrf\"",
                "FR72ZZZ123456", "8 semaines");
        assertThat(expect(200, town.page("/espace/factures", parent)).body()).contains("href=\"/espace/prelevement\"");

        var wrong = town.post("/espace/prelevement", parent, Map.of("regie", "SCHOOL", "holder", "Camille Signe",
                "iban", "FR76 3000 6000 0112 3456 7890 188", "consent", "true"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"iban-error\"", "clé de contrôle", "value=\"FR76 3000 6000 0112 3456 7890 188\"");
        var noConsent = town.post("/espace/prelevement", parent, Map.of("regie", "SCHOOL", "holder", "Camille Signe",
                "iban", "FR76 3000 6000 0112 3456 7890 189"));
        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.body()).contains("id=\"consent-error\"");

        var signed = town.post("/espace/prelevement", parent, Map.of("regie", "SCHOOL", "holder", "Camille Signe",
                "iban", "fr76 3000 6000 0112 3456 7890 189", "consent", "true"));
        assertThat(signed.status()).isEqualTo(303);
        String mine = expect(200, town.page("/espace/prelevement", parent)).body();
        assertThat(mine).contains("Affaires scolaires — Actif", "FR76 **** **** **** **** ***0 189", "EF-AS-2026-", "Révoquer ce mandat")
                .doesNotContain("30006000011234567890");
        JsonNode mandate = expect(200, town.portal.call("GET", "/api/v1/mandates", parent, null)).json().get(0);
        assertThat(town.page("/espace/prelevement/" + mandate.get("id").asText() + "/pdf", parent).contentType()).startsWith("application/pdf");

        assertThat(town.post("/espace/prelevement/" + mandate.get("id").asText() + "/revoquer", parent, Map.of()).status()).isEqualTo(303);
        assertThat(expect(200, town.page("/espace/prelevement", parent)).body()).contains("Affaires scolaires — Révoqué", "révoqué le 02/10/2026");
    }

    @Test
    void staff_generate_the_file_mark_it_executed_and_enter_a_reject_from_the_pages() {
        CreatedFamily family = town.family("Prelevee", 450, true, null, 1);
        String parent = town.parent(family, "prelevee.parent");
        expect(201, town.portal.call("POST", "/api/v1/mandates", parent, Map.of("regie", "SCHOOL", "holder", "Camille Prélevée",
                "iban", "FR7630006000011234567890189", "consent", true)));
        town.meals(family.child(0), LocalDate.of(2026, 8, 3), 4, BOOKED_MEAL);
        JsonNode run = town.run("SCHOOL", "2026-08", true);
        String invoice = invoiceOf(run, family);
        assertThat(expect(200, town.page("/agents/facturation", town.finance)).body()).contains("href=\"/agents/prelevements\"");
        String list = expect(200, town.page("/agents/prelevements", town.finance)).body();
        assertThat(list).contains("Générer le fichier", "Camille Prélevée", "FR76 **** **** **** **** ***0 189");
        assertThat(expect(200, town.page("/agents/prelevements?regie=EARLY_CHILDHOOD&etat=SUSPENDED", town.finance)).body()).contains("Aucun mandat.");
        assertThat(town.page("/agents/prelevements", town.schoolAgent).status()).isEqualTo(403);
        assertThat(town.page("/agents/prelevements", parent).status()).isEqualTo(403);

        var generated = town.post("/agents/prelevements/fichiers", town.finance, Map.of("run", run.get("id").asText()));
        assertThat(generated.status()).isEqualTo(303);
        String filePage = generated.headers().get("location").get(0);
        String file = expect(200, town.page(filePage, town.finance)).body();
        assertThat(file).contains("16/11/2026", "4,00\u00a0€", "Premier", "Prélèvement programmé", "Marquer exécuté", "Saisir un rejet");
        Pain008Check.check(expect(200, town.page(filePage + "/pain008.xml", town.finance)).bytes());
        var again = town.post("/agents/prelevements/fichiers", town.finance, Map.of("run", run.get("id").asText()));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"run-error\"", "Aucune facture de ce mois");
        assertThat(expect(200, town.page("/espace/factures/" + invoice, parent)).body())
                .contains("Prélevé le 16/11/2026 sur le compte FR76 **** …0189").doesNotContain("/payer\"");

        assertThat(town.post(filePage + "/execute", town.finance, Map.of()).status()).isEqualTo(303);
        assertThat(expect(200, town.page(filePage, town.finance)).body()).contains("exécuté le 02/10/2026", "Prélevé");
        assertThat(expect(200, town.page("/espace/factures/" + invoice, parent)).body()).contains("Payée");

        var reject = town.post(filePage + "/rejets", town.finance, Map.of("invoice", invoice, "reason", "AM04"));
        assertThat(reject.status()).isEqualTo(303);
        assertThat(expect(200, town.page(filePage, town.finance)).body()).contains("AM04 Provision insuffisante");
        assertThat(expect(200, town.page("/espace/factures/" + invoice, parent)).body())
                .contains("Prélèvement du 16/11/2026 rejeté\u00a0: provision insuffisante", "/payer\"");
        var twice = town.post(filePage + "/rejets", town.finance, Map.of("invoice", invoice, "reason", "AM04"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body()).contains("déjà enregistré");
    }
}
