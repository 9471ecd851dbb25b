package fr.espacefamille.application.payment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.payment.PaymentGateway.PaymentForm;
import fr.espacefamille.application.payment.PaymentGateway.PaymentRequest;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentReference;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A guardian starts paying an invoice's whole remaining balance by card: a new attempt with its own
 * reference, and the signed form the browser posts to the provider's page. Nothing is paid yet:
 * only the provider's notification records a payment.
 */
public final class StartCardPayment {

    public record Command(InvoiceId invoice) {
    }

    public record Started(PaymentReference reference, Money amount, PaymentForm form) {
    }

    private final Invoices invoices;
    private final Families families;
    private final Accounts accounts;
    private final ReadDirectDebits directDebits;
    private final PaymentAttempts attempts;
    private final PaymentGateway gateway;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public StartCardPayment(Invoices invoices, Families families, Accounts accounts, ReadDirectDebits directDebits,
            PaymentAttempts attempts, PaymentGateway gateway, Transactions transactions, Audit audit, Clock clock) {
        this.invoices = invoices;
        this.families = families;
        this.accounts = accounts;
        this.directDebits = directDebits;
        this.attempts = attempts;
        this.gateway = gateway;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Started start(Actor actor, Command command) {
        // the card is the guardian's: staff record payments on their own pages
        actor.require(Role.PARENT);
        PaymentRequest request = transactions.inTransaction(() -> {
            Invoice invoice = invoices.byId(command.invoice())
                    .filter(i -> i.issued() && actor.mayReach(i.family()))
                    .orElseThrow(Refusals::notFound);
            if (!invoice.balance().isPositive()) {
                throw Refusals.refuse(Refusal.rule("NOTHING_TO_PAY", "Cette facture est déjà réglée : il ne reste rien à payer."));
            }
            if (invoice.transferred()) {
                throw Refusals.refuse(invoice.transferredRefusal());
            }
            if (directDebits.collects(invoice)) {
                throw Refusals.refuse(Refusal.rule("DIRECT_DEBIT_FAMILY", "Votre foyer règle les factures « "
                        + invoice.regie().frenchName() + " » par prélèvement automatique : le paiement par carte n'est pas proposé."));
            }
            Family family = families.byId(invoice.family()).orElseThrow(Refusals::notFound);
            Guardian guardian = family.guardian(actor.guardianId()).orElseThrow(Refusals::notFound);
            Account account = accounts.byId(actor.accountId()).orElseThrow(Refusals::notFound);
            PaymentReference reference = PaymentReference.of(invoice.number(),
                    UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT));
            PaymentAttempt attempt = PaymentAttempt.start(reference, invoice.id(), invoice.family(), account.id(),
                    invoice.balance(), clock.instant());
            attempts.add(attempt);
            audit.record(actor, "CARD_PAYMENT_STARTED", invoice.number(), null,
                    AuditJson.of("reference", reference, "amountCents", attempt.amount().cents()));
            return new PaymentRequest(reference.value(), attempt.amount().cents(), account.email(), guardian.firstName(),
                    guardian.lastName(), family.address(), OffsetDateTime.now(clock));
        });
        // outside the transaction: the provider's page may be looked up over the network
        return new Started(new PaymentReference(request.reference()), Money.ofCents(request.amountCents()), gateway.form(request));
    }
}
