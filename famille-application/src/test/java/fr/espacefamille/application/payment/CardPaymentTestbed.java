package fr.espacefamille.application.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.billing.DirectDebitStatus;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryDirectDebitFiles;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryPaymentAttempts;
import fr.espacefamille.application.inmemory.InMemoryPaymentNotifications;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
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
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/** The card-payment use cases on in-memory stores, a fixed clock and a gateway with a generated key pair. */
final class CardPaymentTestbed {

    static final Instant OCT_2 = Instant.parse("2026-10-02T07:00:00Z");
    static final Actor FINANCE = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);

    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryFamilies families = new InMemoryFamilies(tx);
    final InMemoryAccounts accounts = new InMemoryAccounts(tx);
    final InMemoryInvoices invoices = new InMemoryInvoices(tx);
    final InMemoryDirectDebits directDebits = new InMemoryDirectDebits(tx);
    final InMemoryDirectDebitFiles directDebitFiles = new InMemoryDirectDebitFiles(tx);
    final InMemoryPaymentAttempts attempts = new InMemoryPaymentAttempts(tx);
    final InMemoryPaymentNotifications notifications = new InMemoryPaymentNotifications(tx);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    final InMemoryMailer mailer = new InMemoryMailer();
    final KeyPairGateway gateway = new KeyPairGateway();
    final Clock clock = Clock.fixed(OCT_2, ZoneId.of("Europe/Paris"));
    private long sequence;

    StartCardPayment start() {
        return new StartCardPayment(invoices, families, accounts, new DirectDebitStatus(directDebits, directDebitFiles), attempts, gateway, tx,
                new Audit(auditLog, clock), clock);
    }

    RecordPaymentNotification record() {
        return new RecordPaymentNotification(gateway, attempts, notifications, invoices, families, accounts, tx,
                new Audit(auditLog, clock), mailer, Runnable::run, clock, "https://famille.test");
    }

    Family family(String name) {
        Guardian guardian = new Guardian(GuardianId.random(), "Camille", name, null, null);
        Family family = new Family(FamilyId.random(), name, new Address("1 rue de la Loire", null, "44480", "Donges"), true,
                List.of(), Resources.UNDECLARED, true, List.of(guardian),
                List.of(new Child(ChildId.random(), "Léa", name, LocalDate.of(2018, 3, 14), null, null)));
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
