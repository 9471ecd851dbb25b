package fr.espacefamille.application.payment;

import static fr.espacefamille.application.payment.CardPaymentTestbed.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.RecordPaymentNotification.Handling;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.payment.AttemptStatus;
import fr.espacefamille.domain.payment.PaymentAnomaly;
import fr.espacefamille.domain.payment.PaymentReference;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

class RecordPaymentNotificationTest {

    private static final LocalDate OCT_2 = LocalDate.of(2026, 10, 2);

    private final CardPaymentTestbed bed = new CardPaymentTestbed();
    private final Family martin = bed.family("Martin");
    private final Actor parent = bed.parentOf(martin);
    private final Invoice invoice = bed.invoice(martin, 1550);
    private final PaymentReference reference = bed.start().start(parent, new StartCardPayment.Command(invoice.id())).reference();

    private String paid(long amount, String trans) {
        return bed.gateway.sign("montant=" + amount + "&ref=" + reference + "&auto=XXXXXX&appel=" + trans + "&trans=" + trans
                + "&erreur=00000");
    }

    private Handling receive(String query) {
        return bed.record().record(new RecordPaymentNotification.Command(query));
    }

    private AttemptStatus attemptStatus() {
        return bed.attempts.byReference(reference).orElseThrow().status();
    }

    @Test
    void a_verified_success_of_the_attempt_s_amount_records_one_card_payment_and_mails_a_receipt() {
        assertThat(receive(paid(1550, "501"))).isEqualTo(Handling.HANDLED);

        Invoice after = bed.stored(invoice);
        assertThat(after.status(OCT_2)).isEqualTo(InvoiceStatus.PAID);
        assertThat(after.payments()).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.CARD);
            assertThat(p.reference()).isEqualTo("501");
            assertThat(p.amount()).isEqualTo(Money.ofCents(1550));
        });
        assertThat(attemptStatus()).isEqualTo(AttemptStatus.PAID);
        assertThat(bed.town.sentMails()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("martin@example.fr");
            assertThat(mail.subject()).isEqualTo("Paiement reçu — facture AS-2026-000001");
            assertThat(mail.text()).contains("Camille Martin", "15,50", "501");
        });
        assertThat(bed.auditLog.between(Instant.EPOCH, Instant.MAX, 10)).filteredOn(e -> e.action().equals("CARD_PAYMENT_RECORDED"))
                .singleElement().extracting(AuditEntry::actor).isEqualTo("paybox");
    }

    @Test
    void the_same_notification_again_changes_nothing() {
        String notification = paid(1550, "502");
        receive(notification);

        assertThat(receive(notification)).isEqualTo(Handling.REPLAYED);
        assertThat(bed.stored(invoice).payments()).hasSize(1);
        assertThat(bed.town.sentMails()).hasSize(1);
    }

    @Test
    void a_tampered_amount_or_reference_or_a_missing_signature_is_rejected_and_records_nothing() {
        String good = paid(1550, "503");

        assertThat(receive(good.replace("montant=1550", "montant=15"))).isEqualTo(Handling.REJECTED);
        assertThat(receive(good.replace("ref=" + reference, "ref=" + reference + "0"))).isEqualTo(Handling.REJECTED);
        assertThat(receive(good.substring(0, good.indexOf("&sign=")))).isEqualTo(Handling.REJECTED);
        assertThat(receive(null)).isEqualTo(Handling.REJECTED);

        assertThat(bed.stored(invoice).payments()).isEmpty();
        assertThat(attemptStatus()).isEqualTo(AttemptStatus.PENDING);
        assertThat(bed.notifications.anomalies()).isEmpty();
    }

    @Test
    void a_signature_holding_url_encoded_plus_and_slash_verifies() {
        String query = null;
        for (int trans = 1000; query == null; trans++) {
            String candidate = paid(1550, Integer.toString(trans));
            if (candidate.contains("%2B") && candidate.contains("%2F")) {
                query = candidate;
            }
        }
        assertThat(receive(query)).isEqualTo(Handling.HANDLED);
        assertThat(bed.stored(invoice).status(OCT_2)).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void a_refusal_marks_the_attempt_refused_and_a_later_success_of_the_same_reference_is_still_recorded() {
        receive(bed.gateway.sign("montant=1550&ref=" + reference + "&appel=7&trans=504&erreur=00151"));
        assertThat(attemptStatus()).isEqualTo(AttemptStatus.REFUSED);
        assertThat(bed.attempts.byReference(reference).orElseThrow().lastMeaning()).contains("provision insuffisante");

        receive(paid(1550, "505"));
        assertThat(attemptStatus()).isEqualTo(AttemptStatus.PAID);
        assertThat(bed.stored(invoice).status(OCT_2)).isEqualTo(InvoiceStatus.PAID);

        receive(bed.gateway.sign("montant=1550&ref=" + reference + "&appel=8&trans=506&erreur=00151"));
        assertThat(attemptStatus()).as("a paid attempt stays paid").isEqualTo(AttemptStatus.PAID);
    }

    @Test
    void a_cancellation_marks_the_attempt_cancelled_and_records_nothing() {
        receive(bed.gateway.sign("montant=1550&ref=" + reference + "&erreur=00001"));

        assertThat(attemptStatus()).isEqualTo(AttemptStatus.CANCELLED);
        assertThat(bed.stored(invoice).payments()).isEmpty();
    }

    @Test
    void a_wrong_amount_is_an_anomaly_for_finance_staff_not_a_payment() {
        receive(paid(1500, "507"));

        assertThat(bed.stored(invoice).payments()).isEmpty();
        assertThat(attemptStatus()).isEqualTo(AttemptStatus.ANOMALY);
        PaymentAnomaly anomaly = bed.town.payments().anomalies().list(FINANCE).get(0);
        assertThat(anomaly.expected()).isEqualTo(Money.ofCents(1550));
        assertThat(anomaly.received()).isEqualTo(Money.ofCents(1500));
        assertThat(anomaly.transaction()).isEqualTo("507");
        assertThat(anomaly.invoice()).isEqualTo(invoice.id());
        assertThat(bed.auditLog.between(Instant.EPOCH, Instant.MAX, 10)).extracting(AuditEntry::action).contains("CARD_PAYMENT_ANOMALY");
    }

    @Test
    void an_invoice_paid_meanwhile_by_other_means_gets_an_anomaly_rather_than_an_overpayment() {
        Payment cash = new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CASH, Money.ofCents(50), OCT_2, null, Instant.EPOCH);
        bed.invoices.addPayment(invoice.record(cash), cash, null);

        receive(paid(1550, "508"));

        assertThat(bed.stored(invoice).paid()).isEqualTo(Money.ofCents(50));
        assertThat(bed.notifications.anomalies()).singleElement().extracting(PaymentAnomaly::note).asString().contains("reste à payer");
    }

    @Test
    void money_taken_for_a_reference_we_never_issued_is_an_anomaly() {
        receive(bed.gateway.sign("montant=900&ref=AS2026999999-INCONNU&auto=XXXXXX&trans=509&erreur=00000"));

        assertThat(bed.notifications.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.invoice()).isNull();
            assertThat(a.received()).isEqualTo(Money.ofCents(900));
        });
    }

    @Test
    void the_simulator_accepts_only_a_form_signed_by_the_portal_and_delivers_a_verified_notification() {
        PlaySimulatedPayment simulator = bed.town.payments().playSimulated();
        Map<String, String> form = form(1550);

        assertThat(simulator.play(form, SimulatedChoice.PAY)).isEqualTo("/ok");
        assertThat(bed.stored(invoice).status(OCT_2)).isEqualTo(InvoiceStatus.PAID);
        assertThat(simulator.play(form, SimulatedChoice.PAY)).as("pressed again: a replay").isEqualTo("/ok");
        assertThat(bed.stored(invoice).payments()).hasSize(1);

        Map<String, String> forged = new java.util.LinkedHashMap<>(form);
        forged.put("PBX_TOTAL", "1");
        try {
            simulator.play(forged, SimulatedChoice.PAY);
            throw new AssertionError("a forged form was played");
        } catch (RefusedException e) {
            assertThat(e.refusal().code()).isEqualTo("PAYMENT_FORM_INVALID");
        }
    }

    /** Anyone can sign a simulator form (the public test key): it may not make anomalies nor spoil the genuine payment. */
    @Test
    void the_simulator_plays_only_a_payment_the_portal_started_and_for_its_amount() {
        PlaySimulatedPayment simulator = bed.town.payments().playSimulated();
        for (Map<String, String> form : List.of(form(reference.value(), 1), form("AS2026999999-ZZZZZZZZZZZZ", 1550))) {
            try {
                simulator.play(form, SimulatedChoice.PAY);
                throw new AssertionError("a form the portal did not start was played: " + form);
            } catch (RefusedException e) {
                assertThat(e.refusal().code()).isEqualTo("PAYMENT_FORM_INVALID");
            }
        }
        assertThat(bed.notifications.anomalies()).isEmpty();

        simulator.play(form(1550), SimulatedChoice.PAY);
        assertThat(bed.stored(invoice).status(OCT_2)).isEqualTo(InvoiceStatus.PAID);
    }

    /** The simulator's form the gateway signs for this test's payment. */
    private Map<String, String> form(long amountCents) {
        return form(reference.value(), amountCents);
    }

    private Map<String, String> form(String reference, long amountCents) {
        return bed.gateway.form(new PaymentGateway.PaymentRequest(reference, amountCents, "claire@example.fr", "Claire", "Martin",
                new Address("1 rue de la Loire", null, "44480", "Donges"), OffsetDateTime.parse("2026-10-02T09:00:00+02:00"))).fields();
    }

    @Test
    void the_return_page_reads_the_status_for_the_family_only() {
        ReadPaymentStatus read = bed.town.payments().readStatus();
        receive(paid(1550, "510"));

        assertThat(read.of(parent, reference.value()).invoiceStatus()).isEqualTo(InvoiceStatus.PAID);
        Actor stranger = bed.parentOf(bed.family("Nguyen"));
        try {
            read.of(stranger, reference.value());
            throw new AssertionError("another family read the payment");
        } catch (RefusedException e) {
            assertThat(e.refusal().code()).isEqualTo("NOT_FOUND");
        }
    }
}
