package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.bootstrap.BillingTown.invoiceOf;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/** Billing's French pages over HTTP, for parents and staff, without JavaScript: forms, CSRF, errors beside fields. */
class BillingPagesTest {

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
    void a_parent_sees_their_invoices_per_regie_what_is_due_and_a_pay_button_only_while_something_is_left() {
        CreatedFamily family = town.family("Page", 450, true, null, 1);
        CreatedFamily other = town.family("Autre", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 9, 1), 5, BOOKED_MEAL);
        town.meals(other.child(0), LocalDate.of(2026, 9, 1), 5, BOOKED_MEAL);
        JsonNode run = town.run("SCHOOL", "2026-09", true);
        String invoice = invoiceOf(run, family);
        String parent = town.parent(family, "page.parent");

        String list = expect(200, town.page("/espace/factures", parent)).body();
        assertThat(list).contains("Mes factures", "Mon espace", "Affaires scolaires", "Petite enfance", "Reste à payer",
                "5,00\u00a0€", "/espace/factures/" + invoice, "15/11/2026", "À payer");
        String detail = expect(200, town.page("/espace/factures/" + invoice, parent)).body();
        assertThat(detail).contains("Repas réservés", "/espace/factures/" + invoice + "/pdf",
                "action=\"/espace/factures/" + invoice + "/payer\"", "name=\"_csrf\"", "Payer 5,00\u00a0€ par carte");
        assertThat(town.page("/espace/factures/" + invoice + "/pdf", parent).contentType()).startsWith("application/pdf");
        assertThat(town.page("/espace/factures/" + invoiceOf(run, other), parent).status()).isEqualTo(404);
        assertThat(town.page("/agents/facturation", parent).status()).isEqualTo(403);
        assertThat(town.page("/agents/factures/" + invoice, parent).status()).isEqualTo(403);

        expect(201, town.portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/payments", town.finance,
                Map.of("method", "CASH", "amountCents", 500, "receivedOn", "2026-10-02")));
        String paid = expect(200, town.page("/espace/factures/" + invoice, parent)).body();
        assertThat(paid).contains("Payée").doesNotContain("/payer\"");
    }

    @Test
    void a_family_paying_by_direct_debit_is_not_offered_card_payment() {
        CreatedFamily family = town.family("Mandat", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 8, 3), 2, BOOKED_MEAL);
        String invoice = invoiceOf(town.run("SCHOOL", "2026-08", true), family);
        String parent = town.parent(family, "mandat.parent");
        var staffForm = town.post("/agents/familles/" + family.id() + "/prelevement", town.finance,
                Map.of("regie", "SCHOOL", "active", "true", "iban", "FR7630006000011234567890189"));
        assertThat(staffForm.status()).isEqualTo(303);
        assertThat(expect(200, town.page("/agents/familles/" + family.id() + "/facturation", town.finance)).body())
                .contains("Mandat EF-AS-2026-", "papier", "actif, compte FR76 **** **** **** **** ***0 189");

        String detail = expect(200, town.page("/espace/factures/" + invoice, parent)).body();

        assertThat(detail).contains("Prélèvement programmé sur le compte FR76 **** …0189").doesNotContain("/payer\"");
        var badIban = town.post("/agents/familles/" + family.id() + "/prelevement", town.finance,
                Map.of("regie", "EARLY_CHILDHOOD", "active", "true", "iban", "FR00 1234"));
        assertThat(badIban.status()).isEqualTo(422);
        assertThat(badIban.body()).contains("id=\"iban-EARLY_CHILDHOOD-error\"", "Un IBAN FR compte 27 caractères");
    }

    @Test
    void staff_preview_a_draft_then_issue_it_from_the_pages_and_get_its_export_and_print_batch() {
        CreatedFamily family = town.family("Formulaire", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 7, 1), 3, BOOKED_MEAL);
        String runs = expect(200, town.page("/agents/facturation", town.finance)).body();
        assertThat(runs).contains("Facturer un mois", "name=\"_csrf\"", "<label for=\"month\">");

        var noCsrf = town.portal.call("POST", "/agents/facturation", null, null);
        assertThat(noCsrf.status()).isEqualTo(403);
        var draft = town.post("/agents/facturation", town.finance, Map.of("regie", "SCHOOL", "month", "2026-07", "issue", "false"));
        assertThat(draft.status()).isEqualTo(303);
        String runPage = draft.headers().get("location").get(0);
        assertThat(expect(200, town.page(runPage, town.finance)).body()).contains("Brouillon", "Émettre les factures de ce mois", "3,00");

        var asked = town.post("/agents/facturation", town.finance, Map.of("regie", "SCHOOL", "month", "2026-07", "issue", "true"));
        assertThat(asked.status()).as("issuing asks to confirm first").isEqualTo(200);
        assertThat(asked.body()).contains("Le brouillon compte <strong>1 facture</strong> pour un total de <strong>3,00",
                "ne peut pas être annulée", "name=\"confirmed\" value=\"true\"", "Confirmer l'émission de la facture");
        String draftLink = asked.body().replaceAll("(?s).*href=\"(/agents/facturation/lancements/[^\"]+)\">Voir le brouillon.*", "$1");
        assertThat(expect(200, town.page(draftLink, town.finance)).body()).as("nothing issued yet").contains("Émettre les factures de ce mois");
        var issued = town.post("/agents/facturation", town.finance, Map.of("regie", "SCHOOL", "month", "2026-07", "issue", "true",
                "confirmed", "true"));
        assertThat(issued.status()).isEqualTo(303);
        String issuedPage = expect(200, town.page(issued.headers().get("location").get(0), town.finance)).body();
        assertThat(issuedPage).contains("Émise", "AS-2026-").doesNotContain("Émettre les factures de ce mois");
        String run = issued.headers().get("location").get(0);
        assertThat(town.page(run + "/factures.csv", town.finance).body()).contains("Formulaire;Affaires scolaires;2026-07");
        assertThat(town.page(run + "/impression.pdf", town.finance).contentType()).startsWith("application/pdf");

        var again = town.post("/agents/facturation", town.finance, Map.of("regie", "SCHOOL", "month", "2026-07", "issue", "true"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("class=\"field-error\" id=\"month-error\"", "déjà été émises");
        var notOver = town.post("/agents/facturation", town.finance, Map.of("regie", "SCHOOL", "month", "2026-10", "issue", "true",
                "confirmed", "true"));
        assertThat(notOver.status()).isEqualTo(422);
        assertThat(notOver.body()).contains("n'est pas terminé");
        var badMonth = town.post("/agents/facturation", town.finance, Map.of("regie", "SCHOOL", "month", "juillet", "issue", "false"));
        assertThat(badMonth.status()).isEqualTo(422);
        assertThat(badMonth.body()).contains("id=\"month-error\"");
    }

    @Test
    void staff_record_a_payment_once_even_when_the_form_is_posted_twice_and_issue_a_credit_note() {
        CreatedFamily family = town.family("Guichet", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 6, 1), 10, BOOKED_MEAL);
        String invoice = invoiceOf(town.run("SCHOOL", "2026-06", true), family);
        String page = expect(200, town.page("/agents/factures/" + invoice, town.finance)).body();
        assertThat(page).contains("Enregistrer un paiement", "name=\"idempotencyKey\"", "Émettre un avoir", "<label for=\"amount\">");
        String key = UUID.randomUUID().toString();
        Map<String, String> cheque = Map.of("method", "CHEQUE", "amount", "4,50", "receivedOn", "2026-10-01", "reference", "7788",
                "idempotencyKey", key);

        assertThat(town.post("/agents/factures/" + invoice + "/paiements", town.finance, cheque).status()).isEqualTo(303);
        assertThat(town.post("/agents/factures/" + invoice + "/paiements", town.finance, cheque).status()).isEqualTo(303);

        JsonNode stored = expect(200, town.portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null)).json();
        assertThat(stored.get("payments")).hasSize(1);
        assertThat(stored.get("paidCents").asLong()).isEqualTo(450);
        var tooMuch = town.post("/agents/factures/" + invoice + "/paiements", town.finance,
                Map.of("method", "CASH", "amount", "6,00", "receivedOn", "2026-10-01", "idempotencyKey", UUID.randomUUID().toString()));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("id=\"amount-error\"", "dépasse le reste à payer");
        var notAnAmount = town.post("/agents/factures/" + invoice + "/paiements", town.finance,
                Map.of("method", "CASH", "amount", "douze", "receivedOn", "2026-10-01"));
        assertThat(notAnAmount.status()).isEqualTo(422);
        assertThat(notAnAmount.body()).contains("id=\"amount-error\"");
        var everything = town.post("/agents/factures/" + invoice + "/paiements", town.finance,
                Map.of("method", "TROC", "amount", "douze", "receivedOn", "hier"));
        assertThat(everything.status()).as("every refused field at once").isEqualTo(422);
        assertThat(everything.body()).contains("id=\"amount-error\"", "id=\"receivedOn-error\"", "Indiquez le mode de paiement.");

        var credit = town.post("/agents/factures/" + invoice + "/avoirs", town.finance, Map.of("creditAmount", "1,50", "reason", "Sortie scolaire"));
        assertThat(credit.status()).isEqualTo(303);
        assertThat(expect(200, town.page("/agents/factures/" + invoice, town.finance)).body()).contains("Sortie scolaire", "1,50\u00a0€");
        var noReason = town.post("/agents/factures/" + invoice + "/avoirs", town.finance, Map.of("creditAmount", "1,00", "reason", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"reason-error\"");
    }

    @Test
    void overdue_invoices_are_listed_once_their_due_date_has_passed() {
        CreatedFamily family = town.family("Retard", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 5, 4), 2, BOOKED_MEAL);
        String number = town.run("SCHOOL", "2026-05", true).get("invoices").get(0).get("number").asText();
        assertThat(expect(200, town.page("/agents/factures?etat=OVERDUE", town.finance)).body()).doesNotContain(number);

        try (TestPortal later = TestPortal.start("2026-11-16T09:00:00+01:00", town.dbUrl, "sa", "")) {
            String finance = later.agent("FINANCE_AGENT");
            String overdue = later.call("GET", "/api/v1/admin/invoices?status=OVERDUE&month=2026-05", finance, null).body();
            assertThat(overdue).contains(number, "\"status\":\"OVERDUE\"");
        }
        String filtered = expect(200, town.page("/agents/factures?regie=SCHOOL&mois=2026-05&etat=ISSUED", town.finance)).body();
        assertThat(filtered).contains(number, "Retard", "À payer");
        var badFilter = town.page("/agents/factures?etat=PERDUE&mois=mai", town.finance);
        assertThat(badFilter.status()).isEqualTo(422);
        assertThat(badFilter.body()).contains("id=\"mois-error\"", "indiquez le mois au format AAAA-MM", "choisissez un état de la liste");
        var draft = town.page("/agents/factures?etat=DRAFT", town.finance);
        assertThat(draft.status()).isEqualTo(422);
        assertThat(draft.body()).contains("les brouillons se consultent dans leur facturation");
    }

    @Test
    void the_public_tariff_page_needs_no_login_and_staff_set_tariffs_through_a_form() {
        String tariffs = expect(200, town.page("/tarifs", "aucun")).body();
        assertThat(tariffs).contains("Restauration scolaire", "jusqu'à 500", "1,00\u00a0€", "4,20\u00a0€", "hors commune", "5,00\u00a0€",
                "1,50\u00a0€", "Multi-accueil", "0,0619\u00a0%", "801,00\u00a0€", "7\u202f000,00\u00a0€", "0,50\u00a0€", "4,33\u00a0€");

        String form = expect(200, town.page("/agents/tarifs", town.finance)).body();
        assertThat(form).contains("<label for=\"canteenFrom\">", "<label for=\"rate8\">");
        var saved = town.post("/agents/tarifs/multi-accueil", town.finance, Map.of("nurseryFrom", "2027-01-01", "floor", "801,00",
                "ceiling", "7000", "rate1", "0,0619", "rate2", "0,0516", "rate3", "0,0413", "rate4", "0,031", "rate8", "0,0206"));
        assertThat(saved.status()).isEqualTo(303);
        JsonNode published = expect(200, town.portal.call("GET", "/api/v1/public/tariffs", null, null)).json();
        assertThat(published.get("nursery").findValuesAsText("validFrom")).contains("2027-01-01");
        var bad = town.post("/agents/tarifs/cantine", town.finance, Map.of("canteenFrom", "2027-01-01", "b1Max", "500", "b1Price", "un euro",
                "defaultPrice", "4,20", "nonResidentPrice", "5", "surcharge", "1,5"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"b1Price-error\"");
        var everyField = town.post("/agents/tarifs/multi-accueil", town.finance, Map.of("nurseryFrom", "", "floor", "x", "ceiling", "800"));
        assertThat(everyField.status()).as("every refused field at once").isEqualTo(422);
        assertThat(everyField.body()).contains("id=\"nurseryFrom-error\"", "id=\"floor-error\"", "Indiquez le plancher mensuel en euros.");
        assertThat(town.page("/agents/tarifs", town.schoolAgent).status()).isEqualTo(403);
        var schoolAgentOnBilling = town.page("/agents/facturation", town.schoolAgent);
        assertThat(schoolAgentOnBilling.status()).as("agents who do not bill read the invoices").isEqualTo(303);
        assertThat(schoolAgentOnBilling.headers().get("location")).containsExactly("/agents/factures");
        assertThat(town.page("/agents/factures", town.schoolAgent).status()).isEqualTo(200);
    }
}
