package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.sepa.Pain008Check;
import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;

/**
 * API.md's "Direct debit (§10)" rows end to end over HTTP on H2: mandates signed, listed, printed
 * and revoked; the run's pain.008 file (validated against the EPC XSD and our own checks each time
 * it is downloaded); its execution and rejects. Each test bills its own families in its own month.
 */
class DirectDebitApiTest {

    static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";
    static BillingTown town;
    static TestPortal portal;

    record Household(CreatedFamily family, String parent, String email) {
    }

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        portal = town.portal;
        town.demoTariffs();
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    private static Household household(String name, String month) {
        CreatedFamily family = town.family(name, 450, true, null, 1);
        town.meals(family.child(0), LocalDate.parse(month + "-02"), 3, BOOKED_MEAL);
        String username = name.toLowerCase() + "." + month.replace("-", "");
        return new Household(family, town.parent(family, username), username + "@example.fr");
    }

    private static JsonNode sign(Household household, String iban) {
        return expect(201, portal.call("POST", "/api/v1/mandates", household.parent(),
                Map.of("regie", "SCHOOL", "holder", "Camille " + household.family().id().substring(0, 4), "iban", iban, "consent", true))).json();
    }

    private static JsonNode issue(String month) {
        return town.run("SCHOOL", month, true);
    }

    private static JsonNode generate(JsonNode run) {
        return expect(201, portal.call("POST", "/api/v1/admin/billing-runs/" + run.get("id").asText() + "/direct-debit-file", town.finance,
                null)).json();
    }

    /** The file's pain.008 document, checked against the XSD and our own rules. */
    private static byte[] document(String fileId) {
        TestPortal.Response xml = expect(200, portal.call("GET", "/api/v1/admin/direct-debit-files/" + fileId, town.finance, null,
                Map.of("Accept", "application/xml")));
        assertThat(xml.contentType()).startsWith("application/xml");
        Pain008Check.check(xml.bytes());
        return xml.bytes();
    }

    private static JsonNode invoice(Household household, String invoiceId) {
        return expect(200, portal.call("GET", "/api/v1/invoices/" + invoiceId, household.parent(), null)).json();
    }

    @Test
    void a_parent_signs_a_mandate_with_an_iban_typed_with_spaces_and_in_lower_case() {
        Household martin = household("Martin", "2026-01");

        JsonNode mandate = sign(martin, "fr76 3000 6000 0112 3456 7890 189");

        assertThat(mandate.get("rum").asText()).matches("EF-AS-2026-[A-Z2-9]{10}");
        assertThat(mandate.get("regie").asText()).isEqualTo("SCHOOL");
        assertThat(mandate.get("ibanMasked").asText()).isEqualTo("FR76 **** **** **** **** ***0 189");
        assertThat(mandate.get("signedOn").asText()).isEqualTo("2026-10-02");
        assertThat(mandate.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(mandate.get("id").asText()).isNotBlank();
        JsonNode mine = expect(200, portal.call("GET", "/api/v1/mandates", martin.parent(), null)).json();
        assertThat(mine).hasSize(1);
        assertThat(mine.toString()).doesNotContain("30006000011234567890");
        TestPortal.Response pdf = expect(200, portal.call("GET", "/api/v1/mandates/" + mandate.get("id").asText() + "/pdf", martin.parent(), null));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(Outbox.to(portal, martin.email())).anySatisfy(mail -> assertThat(mail.subject()).contains(mandate.get("rum").asText()));
    }

    @Test
    void a_wrong_checksum_a_wrong_length_or_a_non_sepa_country_is_invalid_iban() {
        Household durand = household("Durand", "2026-02");
        for (String wrong : List.of("FR7630006000011234567890188", "FR763000600001123456789018", "BR1800360305000010009795493C1")) {
            TestPortal.Response answer = portal.call("POST", "/api/v1/mandates", durand.parent(),
                    Map.of("regie", "SCHOOL", "holder", "Camille Durand", "iban", wrong, "consent", true));
            assertThat(answer.status()).as(wrong).isEqualTo(422);
            assertThat(answer.code()).isEqualTo("INVALID_IBAN");
            assertThat(answer.json().get("detail").asText()).isNotBlank();
        }
        TestPortal.Response noConsent = portal.call("POST", "/api/v1/mandates", durand.parent(),
                Map.of("regie", "SCHOOL", "holder", "Camille Durand", "iban", IBAN, "consent", false));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(portal.call("POST", "/api/v1/mandates", town.finance, Map.of("regie", "SCHOOL", "holder", "X", "iban", IBAN,
                "consent", true)).status()).isEqualTo(403);
        assertThat(portal.call("POST", "/api/v1/mandates", null, Map.of()).status()).isEqualTo(401);
        assertThat(expect(200, portal.call("GET", "/api/v1/mandates", durand.parent(), null)).json()).isEmpty();
    }

    @Test
    void the_parent_or_finance_staff_revoke_another_family_gets_not_found() {
        Household leroy = household("Leroy", "2026-03");
        Household petit = household("Petit", "2026-03");
        String first = sign(leroy, IBAN).get("id").asText();

        assertThat(portal.call("DELETE", "/api/v1/mandates/" + first, petit.parent(), null).status()).isEqualTo(404);
        assertThat(portal.call("GET", "/api/v1/mandates/" + first + "/pdf", petit.parent(), null).status()).isEqualTo(404);
        assertThat(portal.call("DELETE", "/api/v1/mandates/" + first, town.schoolAgent, null).status()).isEqualTo(403);
        assertThat(expect(200, portal.call("DELETE", "/api/v1/mandates/" + first, leroy.parent(), null)).json().get("status").asText())
                .isEqualTo("REVOKED");
        String second = sign(leroy, IBAN).get("id").asText();
        assertThat(expect(200, portal.call("DELETE", "/api/v1/mandates/" + second, town.finance, null)).json().get("status").asText())
                .isEqualTo("REVOKED");
        JsonNode revoked = expect(200, portal.call("GET", "/api/v1/mandates?regie=SCHOOL&status=REVOKED", town.finance, null)).json();
        List<String> ids = new ArrayList<>();
        revoked.forEach(m -> ids.add(m.get("id").asText()));
        assertThat(ids).contains(first, second);
        assertThat(portal.call("GET", "/api/v1/mandates?status=NIMPORTE", town.finance, null).status()).isEqualTo(400);
    }

    @Test
    void the_file_collects_balances_on_the_next_business_day_and_is_downloaded_with_the_same_bytes() {
        Household bernard = household("Bernard", "2026-04");
        Household thomas = household("Thomas", "2026-04");
        household("Robert", "2026-04");
        sign(bernard, IBAN);
        sign(thomas, "DE89 3704 0044 0532 0130 00");
        JsonNode run = issue("2026-04");
        String bernardInvoice = BillingTown.invoiceOf(run, bernard.family());
        // part paid by cheque before the file: only the balance is collected
        expect(201, portal.call("POST", "/api/v1/admin/invoices/" + bernardInvoice + "/payments", town.finance,
                Map.of("method", "CHEQUE", "amountCents", 100, "receivedOn", "2026-10-02", "reference", "0000123")));

        JsonNode file = generate(run);

        assertThat(file.get("collectionDate").asText()).isEqualTo("2026-11-16");
        assertThat(file.get("count").asInt()).isEqualTo(2);
        assertThat(file.get("totalCents").asLong()).isEqualTo(200 + 300);
        byte[] first = document(file.get("id").asText());
        assertThat(document(file.get("id").asText())).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).contains("<SeqTp>FRST</SeqTp>", "<InstdAmt Ccy=\"EUR\">2.00</InstdAmt>",
                "<IBAN>FR7630006000011234567890189</IBAN>", "<IBAN>DE89370400440532013000</IBAN>");
        JsonNode details = expect(200, portal.call("GET", "/api/v1/admin/direct-debit-files/" + file.get("id").asText(), town.finance, null)).json();
        assertThat(details.get("invoices")).hasSize(2);
        assertThat(details.get("status").asText()).isEqualTo("GENERATED");
        assertThat(invoice(bernard, bernardInvoice).get("directDebit").get("text").asText())
                .isEqualTo("Prélevé le 16/11/2026 sur le compte FR76 **** …0189");
        TestPortal.Response again = portal.call("POST", "/api/v1/admin/billing-runs/" + run.get("id").asText() + "/direct-debit-file",
                town.finance, null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("NOTHING_TO_COLLECT");
        assertThat(portal.call("GET", "/api/v1/admin/direct-debit-files/" + file.get("id").asText(), bernard.parent(), null).status())
                .isEqualTo(403);
    }

    @Test
    void a_mandate_revoked_between_the_run_and_the_file_is_not_collected_and_card_payment_is_offered_again() {
        Household moreau = household("Moreau", "2026-05");
        String mandate = sign(moreau, IBAN).get("id").asText();
        JsonNode run = issue("2026-05");
        String invoice = BillingTown.invoiceOf(run, moreau.family());
        TestPortal.Response card = portal.call("POST", "/api/v1/invoices/" + invoice + "/paybox", moreau.parent(), null);
        assertThat(card.status()).isEqualTo(422);
        assertThat(card.code()).isEqualTo("DIRECT_DEBIT_FAMILY");
        assertThat(invoice(moreau, invoice).get("directDebit").get("status").asText()).isEqualTo("SCHEDULED");

        expect(200, portal.call("DELETE", "/api/v1/mandates/" + mandate, moreau.parent(), null));

        TestPortal.Response nothing = portal.call("POST", "/api/v1/admin/billing-runs/" + run.get("id").asText() + "/direct-debit-file",
                town.finance, null);
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.code()).isEqualTo("NOTHING_TO_COLLECT");
        assertThat(portal.call("POST", "/api/v1/invoices/" + invoice + "/paybox", moreau.parent(), null).status()).isEqualTo(201);
    }

    @Test
    void executing_records_direct_debit_payments_and_a_reject_cancels_one_emails_the_family_and_md01_revokes_the_mandate() {
        Household simon = household("Simon", "2026-06");
        Household laurent = household("Laurent", "2026-06");
        sign(simon, IBAN);
        sign(laurent, IBAN);
        JsonNode run = issue("2026-06");
        JsonNode file = generate(run);
        document(file.get("id").asText());
        String fileId = file.get("id").asText();
        String simonInvoice = BillingTown.invoiceOf(run, simon.family());
        String laurentInvoice = BillingTown.invoiceOf(run, laurent.family());

        expect(200, portal.call("POST", "/api/v1/admin/direct-debit-files/" + fileId + "/executed", town.finance, null));
        expect(200, portal.call("POST", "/api/v1/admin/direct-debit-files/" + fileId + "/executed", town.finance, null));

        JsonNode paid = invoice(simon, simonInvoice);
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        assertThat(paid.get("payments")).singleElement().satisfies(p -> {
            assertThat(p.get("method").asText()).isEqualTo("DIRECT_DEBIT");
            assertThat(p.get("receivedOn").asText()).isEqualTo("2026-11-16");
            assertThat(p.get("amountCents").asLong()).isEqualTo(300);
        });

        JsonNode rejected = expect(200, portal.call("POST", "/api/v1/admin/direct-debit-files/" + fileId + "/rejects", town.finance,
                Map.of("invoiceId", simonInvoice, "reasonCode", "MD01"))).json();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasonLabel").asText()).isEqualTo("Absence de mandat");

        JsonNode unpaid = invoice(simon, simonInvoice);
        assertThat(unpaid.get("payments")).isEmpty();
        assertThat(unpaid.get("balanceCents").asLong()).isEqualTo(300);
        assertThat(unpaid.get("directDebit").get("status").asText()).isEqualTo("REJECTED");
        assertThat(expect(200, portal.call("GET", "/api/v1/mandates", simon.parent(), null)).json().get(0).get("status").asText())
                .isEqualTo("REVOKED");
        assertThat(Outbox.to(portal, simon.email())).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Prélèvement rejeté — facture " + unpaid.get("number").asText());
            assertThat(mail.text()).contains("absence de mandat", "révoqué");
        });
        assertThat(portal.call("POST", "/api/v1/invoices/" + simonInvoice + "/paybox", simon.parent(), null).status()).isEqualTo(201);
        assertThat(invoice(laurent, laurentInvoice).get("status").asText()).isEqualTo("PAID");
        JsonNode listed = expect(200, portal.call("GET", "/api/v1/admin/direct-debit-files", town.finance, null)).json();
        assertThat(listed.toString()).contains(fileId, "EXECUTED");
    }

    @Test
    void rejects_name_a_known_code_and_an_invoice_of_the_file_once() {
        Household michel = household("Michel", "2026-07");
        Household garcia = household("Garcia", "2026-07");
        sign(michel, IBAN);
        JsonNode run = issue("2026-07");
        String fileId = generate(run).get("id").asText();
        String invoice = BillingTown.invoiceOf(run, michel.family());
        String path = "/api/v1/admin/direct-debit-files/" + fileId + "/rejects";

        assertThat(portal.call("POST", path, town.finance, Map.of("invoiceId", invoice, "reasonCode", "ZZ99")).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(portal.call("POST", path, town.finance, Map.of("invoiceId", "pas-un-id", "reasonCode", "AM04")).status()).isEqualTo(400);
        TestPortal.Response other = portal.call("POST", path, town.finance, Map.of("invoiceId", BillingTown.invoiceOf(run, garcia.family()),
                "reasonCode", "AM04"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("INVOICE_NOT_IN_FILE");
        expect(200, portal.call("POST", path, town.finance, Map.of("invoiceId", invoice, "reasonCode", "AM04")));
        TestPortal.Response twice = portal.call("POST", path, town.finance, Map.of("invoiceId", invoice, "reasonCode", "AM04"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_REJECTED");
        assertThat(portal.call("POST", "/api/v1/admin/direct-debit-files/" + java.util.UUID.randomUUID() + "/executed", town.finance, null)
                .status()).isEqualTo(404);
    }

    @Test
    void two_generations_at_once_put_each_invoice_in_one_file() {
        for (String name : List.of("Roux", "Fournier", "Girard", "Bonnet")) {
            sign(household(name, "2026-08"), IBAN);
        }
        JsonNode run = issue("2026-08");
        String path = "/api/v1/admin/billing-runs/" + run.get("id").asText() + "/direct-debit-file";

        List<CompletableFuture<TestPortal.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> portal.call("POST", path, town.finance, null)));
        }
        List<TestPortal.Response> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(a -> a.status() == 201).singleElement()
                .satisfies(a -> assertThat(a.json().get("count").asInt()).isEqualTo(4));
        assertThat(answers).filteredOn(a -> a.status() == 422).hasSize(2).allSatisfy(a -> assertThat(a.code()).isEqualTo("NOTHING_TO_COLLECT"));
    }

    @Test
    void a_credit_note_after_the_file_leaves_the_file_unchanged_and_the_over_collection_to_refund() {
        Household lambert = household("Lambert", "2026-09");
        sign(lambert, IBAN);
        JsonNode run = issue("2026-09");
        String fileId = generate(run).get("id").asText();
        byte[] before = document(fileId);
        String invoice = BillingTown.invoiceOf(run, lambert.family());
        expect(201, portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/credit-notes", town.finance,
                Map.of("amountCents", 100, "reason", "Repas non servi")));

        expect(200, portal.call("POST", "/api/v1/admin/direct-debit-files/" + fileId + "/executed", town.finance, null));

        assertThat(document(fileId)).isEqualTo(before);
        JsonNode after = invoice(lambert, invoice);
        assertThat(after.get("balanceCents").asLong()).isEqualTo(-100);
        assertThat(after.get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void staff_still_record_a_paper_mandate_which_gets_a_rum() {
        Household blanc = household("Blanc", "2025-12");
        JsonNode set = expect(200, portal.call("PUT", "/api/v1/admin/families/" + blanc.family().id() + "/direct-debit", town.finance,
                Map.of("regie", "SCHOOL", "active", true, "iban", IBAN))).json();

        assertThat(set.get("active").asBoolean()).isTrue();
        assertThat(set.get("iban").asText()).isEqualTo("FR76 **** **** **** **** ***0 189");
        JsonNode mine = expect(200, portal.call("GET", "/api/v1/mandates", blanc.parent(), null)).json();
        assertThat(mine.get(0).get("online").asBoolean()).isFalse();
        assertThat(mine.get(0).get("holder").asText()).isEqualTo("Camille Blanc");
        assertThat(mine.get(0).get("rum").asText()).startsWith("EF-AS-2026-");
    }
}
