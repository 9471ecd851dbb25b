package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.bootstrap.BillingTown.invoiceOf;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.family.ChildId;

/**
 * API.md's rows "Reminders, yearly documents (§11, §12)" end to end on H2: the portal restarted
 * with its clock frozen (FAMILLE_CLOCK) on the days that matter, the job running at each start.
 * A canteen invoice of 20.00 € issued on 2 October 2026 is due on 15 November: reminded on
 * 25 November and 10 December, transferred to the Trésor public on 25 December. A nursery invoice
 * paid in October 2026 makes the 2026 tax certificate, available from 1 January 2027.
 */
class ReminderApiTest {

    static BillingTown town;
    static CreatedFamily martin;
    static String parent;
    static String invoice;
    static JsonNode canteenRun;
    static CreatedFamily petit;
    static String petitParent;
    static String nurseryInvoice;
    static String finance;
    static String schoolAgent;

    /** The portal started again on the same database with its clock frozen at {@code clock}: tokens of months ago have expired. */
    private static void restartAt(String clock) {
        town.portal = town.portal.restartAt(clock);
        parent = town.portal.signIn("camille.martin", BillingTown.PASSWORD);
        petitParent = town.portal.signIn("ines.petit", BillingTown.PASSWORD);
        finance = town.portal.agent("FINANCE_AGENT");
        schoolAgent = town.portal.agent("SCHOOL_AGENT");
    }

    @BeforeAll
    static void billAndLetTimePass() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        town.demoTariffs();
        martin = town.family("Martin", 450, true, null, 1);
        parent = town.parent(martin, "camille.martin");
        town.meals(martin.child(0), LocalDate.of(2026, 9, 1), 20, BOOKED_MEAL);
        canteenRun = town.run("SCHOOL", "2026-09", true);
        invoice = invoiceOf(canteenRun, martin);

        JsonNode created = expect(201, town.portal.call("POST", "/api/v1/admin/families", town.schoolAgent, Map.of("name", "Petit",
                "resident", true, "annualResourcesCents", 36_000_00L, "address", Map.of("line1", "3 rue du Port", "postcode", "44480",
                        "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Inès", "lastName", "Petit", "email", "ines.petit@example.fr")),
                "children", List.of(Map.of("firstName", "Jade", "lastName", "Petit", "birthDate", "2024-01-10"))))).json();
        petit = new CreatedFamily(created.get("id").asText(), List.of(created.get("children").get(0).get("id").asText()),
                List.of(created.get("guardians").get(0).get("id").asText()),
                List.of(created.get("guardians").get(0).get("activationKey").asText()));
        petitParent = town.parent(petit, "ines.petit");
        town.nursery.put(YearMonth.of(2026, 9), new NurseryMonth(ChildId.parse(petit.children().get(0)).orElseThrow(), 160, 5, 0, 0, 16));
        nurseryInvoice = invoiceOf(town.run("EARLY_CHILDHOOD", "2026-09", true), petit);
        JsonNode nursery = expect(200, town.portal.call("GET", "/api/v1/invoices/" + nurseryInvoice, petitParent, null)).json();
        expect(201, town.portal.call("POST", "/api/v1/admin/invoices/" + nurseryInvoice + "/payments", town.finance, Map.of("method",
                "CHEQUE", "amountCents", nursery.get("totalCents").asLong(), "receivedOn", "2026-10-02", "reference", "0004567")));
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    private static JsonNode invoice(String token) {
        return expect(200, town.portal.call("GET", "/api/v1/invoices/" + invoice, token, null)).json();
    }

    @Test
    void reminders_at_due_plus_10_and_25_then_the_transfer_at_due_plus_40_with_payments_refused() throws Exception {
        assertThat(invoice(parent).get("reminders")).isEmpty();
        assertThat(expect(422, town.portal.call("GET", "/api/v1/tax-certificates/2026", petitParent, null)).code())
                .isEqualTo("NOT_YET_AVAILABLE");

        restartAt("2026-11-25T07:00:00+01:00");
        JsonNode reminded = invoice(parent);
        assertThat(reminded.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(reminded.get("reminders").toString()).isEqualTo("[{\"level\":1,\"sentOn\":\"2026-11-25\"}]");
        assertThat(Outbox.to(town.portal, "camille.martin@example.fr")).filteredOn(m -> m.subject().startsWith("Première relance"))
                .singleElement().satisfies(m -> assertThat(m.text()).contains(reminded.get("number").asText(), "20,00", "Trésor public"));
        assertThat(town.page("/espace", parent).body()).contains("Factures impayées", "Relance\u00a0: la facture <span class=\"nowrap\">" + reminded.get("number").asText() + "</span>");
        String batch = BillingApiTest.pdfText(expect(200, town.portal.call("GET", "/api/v1/admin/billing-runs/"
                + canteenRun.get("id").asText() + "/print.pdf", finance, null)).bytes());
        assertThat(batch).as("the paper family's reminder follows its invoice in the print batch").contains("Première relance");

        restartAt("2026-12-10T07:00:00+01:00");
        assertThat(invoice(parent).get("reminders").toString())
                .isEqualTo("[{\"level\":1,\"sentOn\":\"2026-11-25\"},{\"level\":2,\"sentOn\":\"2026-12-10\"}]");
        TestPortal.Response due = expect(200, town.portal.call("GET", "/api/v1/admin/treasury-transfers?on=2026-12-25", finance, null));
        assertThat(due.json()).singleElement().satisfies(row -> {
            assertThat(row.get("invoiceId").asText()).isEqualTo(invoice);
            assertThat(row.get("status").asText()).isEqualTo("DUE_FOR_TRANSFER");
        });

        restartAt("2026-12-25T07:00:00+01:00");
        JsonNode transferred = invoice(parent);
        assertThat(transferred.get("status").asText()).isEqualTo("TRANSFERRED");
        assertThat(transferred.get("transferredOn").asText()).isEqualTo("2026-12-25");
        assertThat(transferred.get("reminders")).hasSize(2);
        assertThat(expect(422, town.portal.call("POST", "/api/v1/invoices/" + invoice + "/paybox", parent, null)).code())
                .isEqualTo("TRANSFERRED_TO_TREASURY");
        TestPortal.Response cash = expect(422, town.portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/payments", finance,
                Map.of("method", "CASH", "amountCents", 500, "receivedOn", "2026-12-24")));
        assertThat(cash.code()).isEqualTo("TRANSFERRED_TO_TREASURY");
        assertThat(cash.json().get("detail").asText()).contains("Trésor public", "avis des sommes à payer");
        assertThat(town.page("/espace/factures/" + invoice, parent).body()).contains("Transmise au Trésor public", "avis des sommes à payer");
        assertThat(town.page("/espace", parent).body()).contains("transmise au Trésor public");

        JsonNode list = expect(200, town.portal.call("GET", "/api/v1/admin/treasury-transfers?on=2026-12-25", finance, null)).json();
        assertThat(list).singleElement().satisfies(row -> {
            assertThat(row.get("status").asText()).isEqualTo("TRANSFERRED");
            assertThat(row.get("balanceCents").asLong()).isEqualTo(2000);
        });
        TestPortal.Response csv = expect(200, town.portal.call("GET", "/api/v1/admin/treasury-transfers?on=2026-12-25", finance, null,
                Map.of("Accept", "text/csv")));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("numéro;foyer;régie;mois;échéance;reste;transmise le;état", ";Martin;Affaires scolaires;2026-09;2026-11-15;20,00;2026-12-25;transmise");
        TestPortal.Response pdf = expect(200, town.portal.call("GET", "/api/v1/admin/treasury-transfers?on=2026-12-25", finance, null,
                Map.of("Accept", "application/pdf")));
        assertThat(BillingApiTest.pdfText(pdf.bytes())).contains("Trésor public", "Martin", "20,00");
        assertThat(expect(200, town.portal.call("GET", "/api/v1/admin/treasury-transfers?on=2026-12-26", finance, null)).json()).isEmpty();
        assertThat(town.portal.call("GET", "/api/v1/admin/treasury-transfers?on=hier", finance, null).status()).isEqualTo(400);
        assertThat(town.portal.call("GET", "/api/v1/admin/treasury-transfers", schoolAgent, null).status()).isEqualTo(403);
        assertThat(town.page("/agents/facturation/tresor-public?jour=2026-12-25", finance).body()).contains("Martin", "Transmise");

        restartAt("2027-01-05T09:00:00+01:00");
        assertThat(invoice(parent).get("reminders")).as("nothing more once transferred").hasSize(2);
        taxCertificates();
    }

    private void taxCertificates() throws Exception {
        JsonNode nursery = expect(200, town.portal.call("GET", "/api/v1/invoices/" + nurseryInvoice, petitParent, null)).json();
        JsonNode certificate = expect(200, town.portal.call("GET", "/api/v1/tax-certificates/2026", petitParent, null)).json();
        assertThat(certificate).singleElement().satisfies(child -> {
            assertThat(child.get("childId").asText()).isEqualTo(petit.children().get(0));
            assertThat(child.get("amountCents").asLong()).isEqualTo(nursery.get("totalCents").asLong());
        });
        TestPortal.Response pdf = expect(200, town.portal.call("GET", "/api/v1/tax-certificates/2026/pdf", petitParent, null));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(BillingApiTest.pdfText(pdf.bytes())).contains("article 200 quater B du code général des impôts", "Jade Petit",
                "10/01/2024", "Inès Petit", "Petite enfance");
        assertThat(expect(200, town.portal.call("GET", "/api/v1/tax-certificates/2026", parent, null)).json())
                .as("the Martins paid nothing for a child under 6").isEmpty();
        assertThat(expect(422, town.portal.call("GET", "/api/v1/tax-certificates/2027", petitParent, null)).code())
                .isEqualTo("NOT_YET_AVAILABLE");
        assertThat(town.portal.call("GET", "/api/v1/tax-certificates/deux", petitParent, null).status()).isEqualTo(400);
        assertThat(town.portal.call("GET", "/api/v1/tax-certificates/2026", finance, null).status()).isEqualTo(403);

        JsonNode batch = expect(200, town.portal.call("GET", "/api/v1/admin/tax-certificates/2026", finance, null)).json();
        assertThat(batch.get("count").asInt()).isEqualTo(1);
        assertThat(batch.get("totalCents").asLong()).isEqualTo(nursery.get("totalCents").asLong());
        String all = BillingApiTest.pdfText(expect(200, town.portal.call("GET", "/api/v1/admin/tax-certificates/2026/pdf", finance,
                null)).bytes());
        assertThat(all).contains("Jade Petit", "Récapitulatif", "1 attestation");
        assertThat(town.page("/espace/attestations-fiscales", petitParent).body()).contains("Année 2026", "/espace/attestations-fiscales/2026.pdf");
        assertThat(town.page("/espace/attestations-fiscales/2026.pdf", petitParent).contentType()).isEqualTo("application/pdf");
        assertThat(town.page("/agents/facturation/attestations-fiscales?annee=2026", finance).body()).contains("Petit", "1 attestation");

        JsonNode rates = expect(200, town.portal.call("GET", "/api/v1/admin/nursery/billing-rate?year=2026", town.portal.agent("NURSERY_AGENT"),
                null)).json();
        assertThat(rates).hasSize(12);
        JsonNode september = rates.get(8);
        assertThat(september.get("month").asText()).isEqualTo("2026-09");
        assertThat(september.get("billedHalfHours").asLong()).isEqualTo(160 + 5 - 16);
        assertThat(september.get("attendedHalfHours").asLong()).isZero();
        assertThat(september.get("ratePercent").isNull()).as("nothing attended: undefined").isTrue();
        assertThat(september.get("flag").asText()).isEqualTo("UNDEFINED");
        assertThat(rates.get(9).get("billedHalfHours").isNull()).as("October not billed").isTrue();
        TestPortal.Response csv = expect(200, town.portal.call("GET", "/api/v1/admin/nursery/billing-rate?year=2026", finance, null,
                Map.of("Accept", "text/csv")));
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("mois;demi-heures facturées;demi-heures réalisées;taux;alerte",
                "2026-09;149;0;;non défini", "2026;149;0;;non défini");
        assertThat(town.portal.call("GET", "/api/v1/admin/nursery/billing-rate?year=2026", schoolAgent, null).status()).isEqualTo(403);
        assertThat(town.portal.call("GET", "/api/v1/admin/nursery/billing-rate?year=abc", finance, null).status()).isEqualTo(400);
        assertThat(town.page("/agents/creche/taux-facturation?annee=2026", finance).body()).contains("Taux de facturation 2026",
                "Septembre 2026", "non défini");
    }
}
