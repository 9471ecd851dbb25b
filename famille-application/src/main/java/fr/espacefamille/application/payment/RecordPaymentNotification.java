package fr.espacefamille.application.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.payment.PaymentGateway.Notification;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.payment.CardNotificationPolicy;
import fr.espacefamille.domain.payment.CardNotificationPolicy.Verdict;
import fr.espacefamille.domain.payment.PaymentAnomaly;
import fr.espacefamille.domain.payment.PaymentAnomalyId;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentReference;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Town;

/**
 * The provider's server-to-server notification, the only thing that records a card payment. It is
 * believed only when its signature verifies; then it is acted on once per (reference, transaction),
 * under the invoice's lock, so that resent or concurrent copies change nothing. The receipt mail
 * leaves after the commit.
 */
public final class RecordPaymentNotification {

    /** Who the audit log names for what notifications record. */
    public static final Actor PROVIDER = new Actor(null, "paybox", Role.FINANCE_AGENT, null, null);

    public record Command(String rawQuery) {
    }

    /** What became of a notification: refused (bad signature), acted on, or a copy of one already acted on. */
    public enum Handling { REJECTED, HANDLED, REPLAYED }

    private record Done(Handling handling, Optional<Mail> receipt) {
    }

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final PaymentNotifications notifications;
    private final Invoices invoices;
    private final Families families;
    private final Accounts accounts;
    private final Transactions transactions;
    private final Audit audit;
    private final Mailer mailer;
    private final Town town;
    private final Executor afterCommit;
    private final Clock clock;
    private final String portalUrl;

    /** {@code afterCommit} sends the receipt once the payment is committed (a background thread, or the caller's). */
    public RecordPaymentNotification(PaymentGateway gateway, PaymentAttempts attempts, PaymentNotifications notifications,
            Invoices invoices, Families families, Accounts accounts, Transactions transactions, Audit audit, Mailer mailer, Town town,
            Executor afterCommit, Clock clock, String portalUrl) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.notifications = notifications;
        this.invoices = invoices;
        this.families = families;
        this.accounts = accounts;
        this.transactions = transactions;
        this.audit = audit;
        this.mailer = mailer;
        this.town = town;
        this.afterCommit = afterCommit;
        this.clock = clock;
        this.portalUrl = portalUrl;
    }

    public Handling record(Command command) {
        Optional<Notification> verified = gateway.verify(command.rawQuery());
        if (verified.isEmpty()) {
            return Handling.REJECTED;
        }
        Notification notification = verified.get();
        String signedPart = withoutSignature(command.rawQuery());
        Done done = transactions.inTransaction(() -> handle(notification, signedPart));
        done.receipt().ifPresent(mail -> afterCommit.execute(() -> mailer.send(mail)));
        return done.handling();
    }

    private Done handle(Notification notification, String query) {
        Instant now = clock.instant();
        Money received = Money.ofCents(notification.amountCents());
        String transaction = notification.transaction().orElse("");
        Optional<PaymentAttempt> found = PaymentReference.parse(notification.reference()).flatMap(attempts::byReference);
        if (found.isEmpty()) {
            if (!notifications.addIfNew(new PaymentNotifications.Received(notification.reference(), transaction, query, now,
                    "UNKNOWN_REFERENCE"))) {
                return new Done(Handling.REPLAYED, Optional.empty());
            }
            if (notification.success()) {
                anomaly(new PaymentAnomaly(PaymentAnomalyId.random(), notification.reference(), null, null, received, transaction,
                        notification.code(), now, "Référence inconnue du portail"));
            }
            return new Done(Handling.HANDLED, Optional.empty());
        }
        PaymentAttempt attempt = found.get();
        // every notification of an invoice waits for the one before it: two copies cannot both see the balance unpaid
        Invoice invoice = invoices.lock(attempt.invoice())
                .orElseThrow(() -> new IllegalStateException("Attempt " + attempt.reference() + " of an unknown invoice"));
        // a transferred invoice takes no more payments: money for it is an anomaly for finance staff
        Verdict verdict = CardNotificationPolicy.judge(attempt, invoice.transferred() ? Money.ZERO : invoice.balance(), notification.code(),
                notification.authorisation().isPresent(), received);
        if (!notifications.addIfNew(new PaymentNotifications.Received(notification.reference(), transaction, query, now,
                verdict.name()))) {
            return new Done(Handling.REPLAYED, Optional.empty());
        }
        attempts.update(attempt.answered(verdict.status(), notification.code(), notification.meaning(), now));
        if (verdict.anomaly()) {
            anomaly(new PaymentAnomaly(PaymentAnomalyId.random(), attempt.reference().value(), invoice.id(), attempt.amount(),
                    received, transaction, notification.code(), now, verdict.anomalyNote()));
        }
        if (verdict != Verdict.RECORD_PAYMENT) {
            return new Done(Handling.HANDLED, Optional.empty());
        }
        Payment payment = new Payment(PaymentId.random(), invoice.id(), PaymentMethod.CARD, received, LocalDate.now(clock),
                transaction.isEmpty() ? attempt.reference().value() : transaction, now);
        Invoice after = invoice.record(payment);
        invoices.addPayment(after, payment, null);
        audit.record(PROVIDER, "CARD_PAYMENT_RECORDED", invoice.number(), settlement(invoice), AuditJson.of("paymentId", payment.id(),
                "reference", attempt.reference(), "transaction", payment.reference(), "amountCents", received.cents(),
                "paidCents", after.paid().cents(), "balanceCents", after.balance().cents()));
        return new Done(Handling.HANDLED, receipt(attempt, after, payment));
    }

    private void anomaly(PaymentAnomaly anomaly) {
        notifications.addAnomaly(anomaly);
        audit.record(PROVIDER, "CARD_PAYMENT_ANOMALY", anomaly.reference(), null, AuditJson.of("anomalyId", anomaly.id(),
                "receivedCents", anomaly.received().cents(),
                "expectedCents", anomaly.expected() == null ? null : anomaly.expected().cents(),
                "transaction", anomaly.transaction(), "code", anomaly.code(), "note", anomaly.note()));
    }

    private Optional<Mail> receipt(PaymentAttempt attempt, Invoice invoice, Payment payment) {
        return accounts.byId(attempt.payer()).map(account -> {
            String greeting = account.guardian()
                    .flatMap(id -> families.byId(invoice.family()).flatMap(f -> f.guardian(id)))
                    .map(Guardian::fullName).map(name -> "Bonjour " + name + ",").orElse("Bonjour,");
            return MailComposer.subject(town, "Paiement reçu — facture " + invoice.number())
                    .paragraph(greeting)
                    .paragraph("Nous avons bien reçu votre paiement par carte bancaire de " + payment.amount().toFrench()
                            + " pour la facture " + invoice.number() + " (" + invoice.regie().frenchName() + ").")
                    .paragraph("Numéro de transaction : " + payment.reference() + ". Reste à payer sur cette facture : "
                            + invoice.balance().toFrench() + ".")
                    .paragraph("Ce message vaut reçu. Vous pouvez consulter votre facture dans votre espace famille :")
                    .link("Voir la facture", portalUrl + "/espace/factures/" + invoice.id())
                    .to(account.email());
        });
    }

    /** The query as received up to its signature, which is kept out of the database. */
    static String withoutSignature(String rawQuery) {
        int sign = rawQuery.indexOf("&sign=");
        return sign < 0 ? rawQuery : rawQuery.substring(0, sign);
    }

    private static String settlement(Invoice invoice) {
        return AuditJson.of("paidCents", invoice.paid().cents(), "balanceCents", invoice.balance().cents());
    }
}
