package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.payment.PaymentGateway.Notification;
import fr.espacefamille.application.payment.PaymentGateway.PaymentForm;
import fr.espacefamille.application.payment.PaymentGateway.PaymentRequest;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedPayment;
import fr.espacefamille.domain.family.Address;

class PayboxGatewayTest {

    private static KeyPair keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair();
    }

    private final PayboxGateway gateway;

    PayboxGatewayTest() throws NoSuchAlgorithmException {
        gateway = PayboxGateway.simulator(PayboxCredentials.publicTestAccount(), "https://famille.example.fr/",
                PemPublicKeys.providerDefault(), keys());
    }

    @Test
    void signs_a_form_that_posts_to_the_simulator_with_urls_from_the_base_url() {
        PaymentForm form = gateway.form(new PaymentRequest("F123-A1", 1550, "claire@example.fr", "Claire", "Martin",
                new Address("12 rue de la Loire", null, "44480", "Donges"), OffsetDateTime.parse("2026-10-02T10:00:00+02:00")));

        assertThat(form.action()).isEqualTo("https://famille.example.fr/paybox/simulateur");
        assertThat(form.fields().keySet()).startsWith("PBX_SITE", "PBX_RANG", "PBX_IDENTIFIANT", "PBX_TOTAL").endsWith("PBX_HMAC");
        assertThat(form.fields()).containsEntry("PBX_TOTAL", "1550").containsEntry("PBX_CMD", "F123-A1")
                .containsEntry("PBX_REPONDRE_A", "https://famille.example.fr/paybox/ipn")
                .containsEntry("PBX_PORTEUR", "claire@example.fr");
        assertThat(form.fields().get("PBX_EFFECTUE")).startsWith("https://famille.example.fr/espace/paiement/effectue");
    }

    @Test
    void accepts_what_the_simulator_signs_and_reports_the_outcome() {
        Notification paid = gateway.verify(gateway.simulate("F123-A1", 1550, SimulatedChoice.PAY).orElseThrow()).orElseThrow();
        assertThat(paid.success()).isTrue();
        assertThat(paid.amountCents()).isEqualTo(1550);
        assertThat(paid.authorisation()).isPresent();
        assertThat(paid.reference()).isEqualTo("F123-A1");

        Notification refused = gateway.verify(gateway.simulate("F123-A2", 1550, SimulatedChoice.REFUSE).orElseThrow()).orElseThrow();
        assertThat(refused.success()).isFalse();
        assertThat(refused.meaning()).contains("refusé");
    }

    @Test
    void refuses_a_tampered_amount_and_a_missing_signature() {
        String signed = gateway.simulate("F123-A1", 1550, SimulatedChoice.PAY).orElseThrow();
        assertThat(gateway.verify(signed.replace("montant=1550", "montant=15"))).isEmpty();
        assertThat(gateway.verify(signed.substring(0, signed.indexOf("&sign=")))).isEmpty();
        assertThat(gateway.verify(null)).isEmpty();
    }

    /** A signed refusal has no authorisation number: one appended after the signature must not make it a payment. */
    @Test
    void refuses_a_notification_with_variables_after_the_signature() {
        String refused = gateway.simulate("F123-A3", 1550, SimulatedChoice.REFUSE).orElseThrow();
        assertThat(gateway.verify(refused)).isPresent();
        assertThat(gateway.verify(refused + "&auto=123456")).isEmpty();
        assertThat(gateway.verify(refused + "&erreur=00000")).isEmpty();
    }

    @Test
    void the_provider_gateway_does_not_simulate_nor_accept_simulated_notifications() throws NoSuchAlgorithmException {
        PayboxGateway provider = PayboxGateway.provider(PayboxCredentials.publicTestAccount(),
                PayboxHosts.preproduction(host -> true), "https://famille.example.fr", PemPublicKeys.providerDefault());
        assertThat(provider.simulated()).isFalse();
        assertThat(provider.simulate("F1", 100, SimulatedChoice.PAY)).isEmpty();
        assertThat(provider.verify(gateway.simulate("F1", 100, SimulatedChoice.PAY).orElseThrow())).isEmpty();
        assertThat(provider.form(new PaymentRequest("F1", 100, "claire@example.fr", "Claire", "Martin",
                new Address("1 rue", null, "44480", "Donges"), OffsetDateTime.parse("2026-10-02T10:00:00+02:00"))).action())
                .startsWith("https://preprod-tpeweb.paybox.com/");
    }

    private PaymentForm form() {
        return gateway.form(new PaymentRequest("AS2026000001-K7Q2", 1550, "claire@example.fr", "Claire", "Martin",
                new Address("12 rue de la Loire", null, "44480", "Donges"), OffsetDateTime.parse("2026-10-02T10:00:00+02:00")));
    }

    @Test
    void the_simulator_reads_a_form_the_portal_signed_in_whatever_order_its_fields_arrive() {
        Map<String, String> reversed = new LinkedHashMap<>();
        List<Map.Entry<String, String>> fields = new ArrayList<>(form().fields().entrySet());
        Collections.reverse(fields);
        fields.forEach(field -> reversed.put(field.getKey(), field.getValue()));

        SimulatedPayment payment = gateway.simulatedPayment(reversed).orElseThrow();

        assertThat(payment.reference()).isEqualTo("AS2026000001-K7Q2");
        assertThat(payment.amountCents()).isEqualTo(1550);
        assertThat(payment.returnUrls().get(SimulatedChoice.PAY))
                .isEqualTo("https://famille.example.fr/espace/paiement/effectue?ref=AS2026000001-K7Q2");
        assertThat(payment.returnUrls().get(SimulatedChoice.CANCEL)).contains("/espace/paiement/annule?ref=");
    }

    @Test
    void the_simulator_refuses_a_form_with_a_changed_or_added_field_or_without_signature() {
        Map<String, String> cheaper = new LinkedHashMap<>(form().fields());
        cheaper.put("PBX_TOTAL", "1");
        Map<String, String> added = new LinkedHashMap<>(form().fields());
        added.put("PBX_AUTRE", "1");
        Map<String, String> unsigned = new LinkedHashMap<>(form().fields());
        unsigned.remove("PBX_HMAC");

        assertThat(gateway.simulatedPayment(cheaper)).isEmpty();
        assertThat(gateway.simulatedPayment(added)).isEmpty();
        assertThat(gateway.simulatedPayment(unsigned)).isEmpty();
    }

    @Test
    void a_refused_try_and_a_paid_one_of_the_same_reference_are_different_transactions_and_repeats_are_the_same() {
        Notification refused = gateway.verify(gateway.simulate("R-1", 100, SimulatedChoice.REFUSE).orElseThrow()).orElseThrow();
        Notification paid = gateway.verify(gateway.simulate("R-1", 100, SimulatedChoice.PAY).orElseThrow()).orElseThrow();
        Notification again = gateway.verify(gateway.simulate("R-1", 100, SimulatedChoice.PAY).orElseThrow()).orElseThrow();

        assertThat(refused.transaction()).isNotEqualTo(paid.transaction());
        assertThat(again.transaction()).isEqualTo(paid.transaction());
    }
}
