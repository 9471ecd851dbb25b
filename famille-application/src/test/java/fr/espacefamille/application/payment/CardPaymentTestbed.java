package fr.espacefamille.application.payment;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryPaymentAttempts;
import fr.espacefamille.application.inmemory.InMemoryPaymentGateway;
import fr.espacefamille.application.inmemory.InMemoryPaymentNotifications;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.LineKind;
import fr.espacefamille.domain.billing.Recipient;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.Money;

/** The card-payment use cases on in-memory stores, a fixed clock and a gateway with a generated key pair. */
final class CardPaymentTestbed {

    static final Instant OCT_2 = Instant.parse("2026-10-02T07:00:00Z");
    static final Actor FINANCE = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);

    final MovableClock clock = new MovableClock(OCT_2);
    final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    final InMemoryFamilies families = town.stores().families();
    final InMemoryAccounts accounts = town.stores().accounts();
    final InMemoryInvoices invoices = town.stores().invoices();
    final InMemoryDirectDebits directDebits = town.stores().directDebits();
    final InMemoryPaymentAttempts attempts = town.stores().paymentAttempts();
    final InMemoryPaymentNotifications notifications = town.stores().paymentNotifications();
    final InMemoryAuditLog auditLog = town.stores().auditLog();
    final InMemoryPaymentGateway gateway = town.stores().paymentGateway();
    private long sequence;

    StartCardPayment start() {
        return town.payments().start();
    }

    RecordPaymentNotification record() {
        return town.payments().recordNotification();
    }

    Family family(String name) {
        Family family = aFamily(name).paperless(true).withChild("Léa", LocalDate.of(2018, 3, 14)).build();
        families.add(family);
        return family;
    }

    /** The guardian's account, whose email is the payer's. */
    Actor parentOf(Family family) {
        Guardian guardian = family.guardians().get(0);
        Account account = new Account(AccountId.random(), new Username(family.name().toLowerCase()), family.name().toLowerCase()
                + "@example.fr", "hash", Role.PARENT, guardian.id(), family.id(), OCT_2);
        accounts.add(account);
        return new Actor(account.id(), account.username().value(), Role.PARENT, family.id(), guardian.id());
    }

    /** An issued September canteen invoice of {@code cents}. */
    Invoice invoice(Family family, long cents) {
        Invoice invoice = Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), false, Regie.SCHOOL,
                YearMonth.of(2026, 9), List.of(InvoiceLine.of(family.children().get(0).id(), "Léa", LineKind.BOOKED_MEAL,
                        BigDecimal.ONE, Money.ofCents(cents))))
                .orElseThrow().issue(new InvoiceNumber(Regie.SCHOOL, 2026, ++sequence), LocalDate.of(2026, 10, 1));
        invoices.addAll(List.of(invoice));
        return invoice;
    }

    Invoice stored(Invoice invoice) {
        return invoices.byId(invoice.id()).orElseThrow();
    }
}
