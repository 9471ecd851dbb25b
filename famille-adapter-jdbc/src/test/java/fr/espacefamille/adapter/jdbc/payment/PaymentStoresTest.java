package fr.espacefamille.adapter.jdbc.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.billing.JdbiBillingRuns;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.inmemory.InMemoryBillingRuns;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryPaymentAttempts;
import fr.espacefamille.application.inmemory.InMemoryPaymentNotifications;
import fr.espacefamille.application.payment.PaymentAttempts;
import fr.espacefamille.application.payment.PaymentNotifications;
import fr.espacefamille.application.payment.PaymentNotifications.Received;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.payment.AttemptStatus;
import fr.espacefamille.domain.payment.PaymentAnomaly;
import fr.espacefamille.domain.payment.PaymentAnomalyId;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentReference;
import fr.espacefamille.domain.shared.Money;

/** What every {@link PaymentAttempts} and {@link PaymentNotifications} store does. */
abstract class PaymentStoresContract extends StoreContract {

    private static final Instant NOW = Fixtures.NOW;

    private PaymentAttempts attempts;
    private PaymentNotifications notifications;
    private Invoice invoice;

    PaymentStoresContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        attempts = backend.store(InMemoryPaymentAttempts::new, JdbiPaymentAttempts::new);
        notifications = backend.store(InMemoryPaymentNotifications::new, JdbiPaymentNotifications::new);
        BillingRuns runs = backend.store(InMemoryBillingRuns::new, JdbiBillingRuns::new);
        Invoices invoices = backend.store(InMemoryInvoices::new, JdbiInvoices::new);
        Family family = Fixtures.family("Martin", List.of(Fixtures.guardian("Claire", "Martin", null)),
                List.of(Fixtures.child("Léa", "Martin")));
        backend.families().add(family);
        BillingRun run = BillingRun.start(Regie.SCHOOL, YearMonth.of(2026, 9), false, NOW, LocalDate.of(2026, 10, 2), "tresorerie");
        runs.add(run);
        invoice = Invoice.draft(run.id(), family.id(), Recipient.of(family), false, Regie.SCHOOL, YearMonth.of(2026, 9),
                List.of(InvoiceLine.of(family.children().get(0).id(), "Léa", LineKind.BOOKED_MEAL, BigDecimal.ONE, Money.ofCents(1550))))
                .orElseThrow().issue(new InvoiceNumber(Regie.SCHOOL, 2026, 1), LocalDate.of(2026, 10, 2));
        invoices.addAll(List.of(invoice));
    }

    private PaymentAttempt attempt(String suffix) {
        return PaymentAttempt.start(PaymentReference.of(invoice.number(), suffix), invoice.id(), invoice.family(), AccountId.random(),
                Money.ofCents(1550), NOW);
    }

    @Test
    void keeps_an_attempt_and_its_latest_answer() {
        PaymentAttempt attempt = attempt("A1");
        attempts.add(attempt);
        PaymentAttempt refused = attempt.answered(AttemptStatus.REFUSED, "00151", "Paiement refusé par la banque (provision insuffisante)",
                NOW.plusSeconds(30));
        attempts.update(refused);

        assertThat(attempts.byReference(attempt.reference())).contains(refused);
        assertThat(attempts.byReference(new PaymentReference("AS2026000001-ZZ"))).isEmpty();
    }

    @Test
    void a_reference_is_one_attempt() {
        PaymentAttempt attempt = attempt("A1");
        attempts.add(attempt);

        assertThatThrownBy(() -> attempts.add(attempt("A1"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void lets_one_notification_in_per_reference_and_transaction() {
        Received first = new Received("AS2026000001-A1", "501", "montant=1550&ref=AS2026000001-A1&trans=501&erreur=00000", NOW,
                "RECORD_PAYMENT");

        assertThat(notifications.addIfNew(first)).isTrue();
        assertThat(notifications.addIfNew(first)).isFalse();
        assertThat(notifications.addIfNew(new Received("AS2026000001-A1", "502", "…", NOW, "REFUSED"))).isTrue();
        assertThat(notifications.addIfNew(new Received("AS2026000001-A2", "501", "…", NOW, "REFUSED"))).isTrue();
        assertThat(notifications.addIfNew(new Received("AS2026000001-A2", "", "…", NOW, "CANCELLED"))).isTrue();
    }

    @Test
    void lists_anomalies_the_latest_first_with_or_without_an_invoice() {
        PaymentAnomaly known = new PaymentAnomaly(PaymentAnomalyId.random(), "AS2026000001-A1", invoice.id(), Money.ofCents(1550),
                Money.ofCents(1500), "501", "00000", NOW, "Montant reçu différent du montant demandé");
        PaymentAnomaly unknown = new PaymentAnomaly(PaymentAnomalyId.random(), "INCONNUE", null, null, Money.ofCents(900), "502",
                "00000", NOW.plusSeconds(60), "Référence inconnue du portail");
        notifications.addAnomaly(known);
        notifications.addAnomaly(unknown);

        assertThat(notifications.anomalies()).containsExactly(unknown, known);
    }
}
