package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.paybox.PayboxCredentials;
import fr.espacefamille.adapter.paybox.PayboxRequestSigner;
import fr.espacefamille.bootstrap.PaymentTown.Attempt;
import fr.espacefamille.bootstrap.PaymentTown.Billed;

/**
 * API.md's card-payment rows end to end over HTTP on H2, with notifications signed by the portal's
 * own simulator key: every error code, exactly-once recording, anomalies, and the simulator's
 * journey from « Payer » to the invoice paid. Each test bills its own family in its own month.
 */
class PaymentApiTest {

    static BillingTown town;
    static TestPortal portal;
    static PaymentTown payments;

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        portal = town.portal;
        town.demoTariffs();
        payments = new PaymentTown(town);
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    @Test
    void the_form_asks_the_whole_balance_signed_with_the_fields_in_sending_order() {
        Billed billed = payments.billed("Arnaud", "2026-01");
        JsonNode form = payments.start(billed).form();

        assertThat(form.get("method").asText()).isEqualTo("POST");
        assertThat(form.get("action").asText()).isEqualTo(TestPortal.BASE_URL + "/paybox/simulateur");
        List<String> names = new ArrayList<>();
        form.get("fields").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("PBX_SITE", "PBX_RANG", "PBX_IDENTIFIANT", "PBX_TOTAL", "PBX_DEVISE", "PBX_CMD",
                "PBX_PORTEUR", "PBX_RETOUR", "PBX_HASH", "PBX_TIME", "PBX_EFFECTUE", "PBX_REFUSE", "PBX_ANNULE", "PBX_REPONDRE_A",
                "PBX_SHOPPINGCART", "PBX_BILLING", "PBX_HMAC");
        JsonNode fields = form.get("fields");
        assertThat(fields.get("PBX_TOTAL").asText()).isEqualTo("300");
        assertThat(fields.get("PBX_PORTEUR").asText()).isEqualTo(billed.email());
        assertThat(fields.get("PBX_CMD").asText()).matches("AS2026\\d{6}-[A-Z0-9]{12}");
        assertThat(fields.get("PBX_REPONDRE_A").asText()).isEqualTo(TestPortal.BASE_URL + "/paybox/ipn");
        assertThat(fields.get("PBX_BILLING").asText()).contains("<FirstName>Camille</FirstName>", "<LastName>Arnaud</LastName>",
                "<ZipCode>44480</ZipCode>");
        assertThat(fields.get("PBX_HMAC").asText()).matches("[0-9A-F]{128}");
        assertThat(payments.start(billed).reference()).as("one reference per attempt").isNotEqualTo(fields.get("PBX_CMD").asText());
    }

    @Test
    void nothing_to_pay_direct_debit_another_family_staff_and_strangers_are_refused() {
        List<Billed> billed = payments.billedTogether("2026-02", "Barbier", "Caron");
        Billed paid = billed.get(0);
        expect(201, portal.call("POST", "/api/v1/admin/invoices/" + paid.invoice() + "/payments", town.finance,
                Map.of("method", "CASH", "amountCents", 300, "receivedOn", "2026-10-01")));
        TestPortal.Response nothing = portal.call("POST", "/api/v1/invoices/" + paid.invoice() + "/paybox", paid.parent(), null);
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.code()).isEqualTo("NOTHING_TO_PAY");
        TestPortal.Response button = town.post("/espace/factures/" + paid.invoice() + "/payer", paid.parent(), Map.of());
        assertThat(button.status()).as("the page's button comes back with the message").isEqualTo(303);
        assertThat(button.headers().get("Location")).containsExactly("/espace/factures/" + paid.invoice());

        Billed debited = billed.get(1);
        expect(200, portal.call("PUT", "/api/v1/admin/families/" + debited.family().id() + "/direct-debit", town.finance,
                Map.of("regie", "SCHOOL", "active", true, "iban", "FR7630006000011234567890189")));
        TestPortal.Response directDebit = portal.call("POST", "/api/v1/invoices/" + debited.invoice() + "/paybox", debited.parent(), null);
        assertThat(directDebit.status()).isEqualTo(422);
        assertThat(directDebit.code()).isEqualTo("DIRECT_DEBIT_FAMILY");

        TestPortal.Response other = portal.call("POST", "/api/v1/invoices/" + debited.invoice() + "/paybox", paid.parent(), null);
        TestPortal.Response unknown = portal.call("POST", "/api/v1/invoices/00000000-0000-0000-0000-000000000000/paybox", paid.parent(), null);
        assertThat(List.of(other.status(), unknown.status())).containsExactly(404, 404);
        assertThat(other.body()).isEqualTo(unknown.body());
        assertThat(portal.call("POST", "/api/v1/invoices/" + paid.invoice() + "/paybox", town.finance, null).code()).isEqualTo("FORBIDDEN");
        assertThat(portal.call("POST", "/api/v1/invoices/" + paid.invoice() + "/paybox", null, null).status()).isEqualTo(401);
    }

    @Test
    void a_verified_success_records_one_card_payment_and_its_replay_changes_nothing() {
        Billed billed = payments.billed("Dupont", "2026-04");
        Attempt attempt = payments.start(billed);
        String notification = payments.paid(attempt.reference(), 300, "70001");

        TestPortal.Response first = payments.notify(notification);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEmpty();
        assertThat(payments.notify(notification).status()).as("the same notification again").isEqualTo(200);

        JsonNode invoice = payments.invoice(billed);
        assertThat(invoice.get("status").asText()).isEqualTo("PAID");
        assertThat(invoice.get("balanceCents").asLong()).isZero();
        assertThat(invoice.get("payments")).hasSize(1);
        assertThat(invoice.get("payments").get(0).toString()).contains("CARD", "70001");
        assertThat(Outbox.to(portal, billed.email())).filteredOn(m -> m.subject().startsWith("Paiement reçu")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("3,00", "70001"));
        JsonNode audit = expect(200, portal.call("GET", "/api/v1/admin/audit?from=2026-10-02&to=2026-10-02", portal.admin(), null)).json();
        assertThat(audit.toString()).contains("CARD_PAYMENT_RECORDED", "\"actor\":\"paybox\"");
    }

    @Test
    void tampered_unsigned_or_foreign_notifications_are_refused_and_record_nothing() {
        Billed billed = payments.billed("Eloi", "2026-05");
        Attempt attempt = payments.start(billed);
        String good = payments.paid(attempt.reference(), 300, "70002");

        String tamperedAmount = good.replace("montant=300", "montant=3");
        String tamperedReference = good.replace("ref=" + attempt.reference(), "ref=" + attempt.reference().replace('-', '_'));
        String unsigned = good.substring(0, good.indexOf("&sign="));
        String badSignature = good.substring(0, good.indexOf("&sign=") + 6) + "AAAA";
        for (String query : List.of(tamperedAmount, tamperedReference, unsigned, badSignature, "")) {
            TestPortal.Response answer = payments.notify(query);
            assertThat(answer.status()).as(query).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("INVALID_SIGNATURE");
        }
        assertThat(payments.invoice(billed).get("paidCents").asLong()).isZero();
        assertThat(payments.notify(good).status()).isEqualTo(200);
        assertThat(payments.invoice(billed).get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void a_signature_with_url_encoded_plus_and_slash_verifies_over_the_raw_query() {
        Billed billed = payments.billed("Fabre", "2026-06");
        Attempt attempt = payments.start(billed);
        String query = null;
        for (int trans = 80_000; query == null; trans++) {
            String candidate = payments.paid(attempt.reference(), 300, Integer.toString(trans));
            String sign = candidate.substring(candidate.indexOf("&sign="));
            if (sign.contains("%2B") && sign.contains("%2F")) {
                query = candidate;
            }
        }
        assertThat(payments.notify(query).status()).isEqualTo(200);
        assertThat(payments.invoice(billed).get("status").asText()).isEqualTo("PAID");
    }

    @Test
    void a_refusal_then_a_success_for_the_same_reference_records_the_success() {
        Billed billed = payments.billed("Garnier", "2026-07");
        Attempt attempt = payments.start(billed);

        assertThat(payments.notify(payments.refused(attempt.reference(), 300, "70010", "00151")).status()).isEqualTo(200);
        assertThat(town.page("/espace/paiement/refuse?ref=" + attempt.reference(), billed.parent()).body())
                .contains("Paiement refusé", "provision insuffisante");
        assertThat(payments.invoice(billed).get("paidCents").asLong()).isZero();

        assertThat(payments.notify(payments.paid(attempt.reference(), 300, "70011")).status()).isEqualTo(200);
        assertThat(payments.invoice(billed).get("status").asText()).isEqualTo("PAID");
        assertThat(town.page("/espace/paiement/effectue?ref=" + attempt.reference(), billed.parent()).body())
                .contains("Paiement accepté", "Payée");
    }

    @Test
    void a_wrong_amount_or_a_balance_paid_meanwhile_is_an_anomaly_for_finance_staff_not_a_payment() {
        List<Billed> billed = payments.billedTogether("2026-08", "Hamon", "Ibert");
        Billed wrong = billed.get(0);
        Attempt wrongAttempt = payments.start(wrong);
        assertThat(payments.notify(payments.paid(wrongAttempt.reference(), 250, "70020")).status()).isEqualTo(200);
        assertThat(payments.invoice(wrong).get("paidCents").asLong()).isZero();

        Billed meanwhile = billed.get(1);
        Attempt late = payments.start(meanwhile);
        expect(201, portal.call("POST", "/api/v1/admin/invoices/" + meanwhile.invoice() + "/payments", town.finance,
                Map.of("method", "CHEQUE", "amountCents", 100, "receivedOn", "2026-10-01", "reference", "CHQ-1")));
        assertThat(payments.notify(payments.paid(late.reference(), 300, "70021")).status()).isEqualTo(200);
        assertThat(payments.invoice(meanwhile).get("paidCents").asLong()).as("never above the balance").isEqualTo(100);

        JsonNode anomalies = expect(200, portal.call("GET", "/api/v1/admin/payment-anomalies", town.finance, null)).json();
        assertThat(anomalies.findValuesAsText("reference")).contains(wrongAttempt.reference(), late.reference());
        JsonNode wrongOne = find(anomalies, wrongAttempt.reference());
        assertThat(wrongOne.get("expectedCents").asLong()).isEqualTo(300);
        assertThat(wrongOne.get("receivedCents").asLong()).isEqualTo(250);
        assertThat(wrongOne.get("transaction").asText()).isEqualTo("70020");
        assertThat(wrongOne.get("invoiceId").asText()).isEqualTo(wrong.invoice());
        assertThat(find(anomalies, late.reference()).get("note").asText()).contains("reste à payer");
        assertThat(town.page("/agents/paiements/anomalies", town.finance).body()).contains(wrongAttempt.reference(), "2,50");
        assertThat(town.page("/espace/paiement/effectue?ref=" + wrongAttempt.reference(), wrong.parent()).body())
                .contains("Paiement en cours de vérification");

        assertThat(portal.call("GET", "/api/v1/admin/payment-anomalies", wrong.parent(), null).code()).isEqualTo("FORBIDDEN");
        assertThat(portal.call("GET", "/api/v1/admin/payment-anomalies", null, null).status()).isEqualTo(401);
    }

    @Test
    void payer_then_the_simulator_s_pay_button_leaves_the_invoice_paid_and_the_return_page_says_so() {
        Billed billed = payments.billed("Jacob", "2026-09");

        TestPortal.Response payPage = town.post("/espace/factures/" + billed.invoice() + "/payer", billed.parent(), Map.of());
        assertThat(payPage.status()).isEqualTo(200);
        assertThat(payPage.body()).contains("action=\"/paybox/simulateur\"", "Continuer vers le paiement sécurisé", "/static/paiement.js");
        Map<String, String> fields = PaymentTown.hiddenFields(payPage.body());
        String reference = fields.get("PBX_CMD");

        TestPortal.Response simulator = simulator(fields, null);
        assertThat(simulator.status()).isEqualTo(200);
        assertThat(simulator.body()).contains("3,00", "Payer", "Refuser", "Annuler", reference, billed.email());
        TestPortal.Response returnPage = town.page("/espace/paiement/effectue?ref=" + reference, billed.parent());
        assertThat(returnPage.body()).as("the return records nothing").contains("en attente");
        assertThat(payments.invoice(billed).get("status").asText()).isEqualTo("ISSUED");

        // the simulator's forms are signed with the provider's public test key, so anyone can sign one:
        // a negative amount, an overlong or unknown reference, a wrong amount are refused, never a 500 nor an anomaly
        int anomalies = portal.call("GET", "/api/v1/admin/payment-anomalies", town.finance, null).json().size();
        assertThat(simulator(resigned(fields, "PBX_TOTAL", "-100"), "PAY").status()).isEqualTo(403);
        assertThat(simulator(resigned(fields, "PBX_CMD", "A".repeat(260)), "PAY").status()).isEqualTo(403);
        assertThat(simulator(resigned(fields, "PBX_CMD", "AS2026999999-ZZZZZZZZZZZZ"), "PAY").status()).isEqualTo(403);
        assertThat(simulator(resigned(fields, "PBX_TOTAL", "1"), "PAY").status()).isEqualTo(403);
        assertThat(portal.call("GET", "/api/v1/admin/payment-anomalies", town.finance, null).json()).hasSize(anomalies);

        TestPortal.Response paid = simulator(fields, "PAY");
        assertThat(paid.status()).isEqualTo(303);
        assertThat(paid.headers().get("Location")).containsExactly("/espace/paiement/effectue?ref=" + reference);
        assertThat(payments.invoice(billed).get("status").asText()).isEqualTo("PAID");
        assertThat(town.page("/espace/paiement/effectue?ref=" + reference, billed.parent()).body()).contains("Paiement accepté", "Payée");
        assertThat(simulator(fields, "PAY").status()).as("pressed twice: a replay").isEqualTo(303);
        assertThat(payments.invoice(billed).get("payments")).hasSize(1);
        TestPortal.Response phished = simulator(resigned(fields, "PBX_EFFECTUE", TestPortal.BASE_URL + "//evil.test/phish"), "PAY");
        assertThat(phished.headers().get("Location")).as("a forged return URL stays on the portal").containsExactly("/espace");
    }

    @Test
    void the_simulator_refuses_a_form_the_portal_did_not_sign_and_a_stranger_cannot_read_a_payment_status() {
        List<Billed> both = payments.billedTogether("2026-03", "Klein", "Lemoine");
        Billed billed = both.get(0);
        Attempt attempt = payments.start(billed);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        attempt.form().get("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        fields.put("PBX_TOTAL", "1");
        assertThat(simulator(fields, "PAY").status()).isEqualTo(403);
        assertThat(payments.invoice(billed).get("paidCents").asLong()).isZero();

        Billed other = both.get(1);
        assertThat(town.page("/espace/paiement/effectue?ref=" + attempt.reference(), other.parent()).status()).isEqualTo(404);
        assertThat(town.page("/espace/paiement/effectue?ref=nimporte%20quoi", other.parent()).status()).isEqualTo(404);
    }

    /** The form with one field changed and signed again with the public test key, as anyone could. */
    private static Map<String, String> resigned(Map<String, String> fields, String name, String value) {
        Map<String, String> forged = new java.util.LinkedHashMap<>(fields);
        forged.remove("PBX_HMAC");
        forged.put(name, value);
        String joined = forged.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        forged.put("PBX_HMAC", PayboxRequestSigner.hmac(joined, PayboxCredentials.publicTestAccount().hmacKeyHex()));
        return forged;
    }

    private static JsonNode find(JsonNode anomalies, String reference) {
        for (JsonNode anomaly : anomalies) {
            if (anomaly.get("reference").asText().equals(reference)) {
                return anomaly;
            }
        }
        throw new AssertionError("no anomaly for " + reference);
    }

    /** The browser posting to the simulator, as the provider's page: no session, no CSRF field. */
    private static TestPortal.Response simulator(Map<String, String> fields, String choice) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (choice != null) {
            all.put("choix", choice);
        }
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url("/paybox/simulateur")))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded").build());
    }
}
