package fr.espacefamille.application.reminder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.billing.DirectDebitStatus;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryDirectDebitFiles;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryReminders;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
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

/** The follow-up job on the in-memory ports, with a clock the test moves. */
final class ReminderTestbed {

    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryFamilies families = new InMemoryFamilies(tx);
    final InMemoryAccounts accounts = new InMemoryAccounts(tx);
    final InMemoryInvoices invoices = new InMemoryInvoices(tx);
    final InMemoryReminders reminders = new InMemoryReminders(tx);
    final InMemoryDirectDebits directDebits = new InMemoryDirectDebits(tx);
    final InMemoryDirectDebitFiles directDebitFiles = new InMemoryDirectDebitFiles(tx);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    final InMemoryMailer mailer = new InMemoryMailer();
    final MovableClock clock;
    private int sequence;

    ReminderTestbed(Instant start) {
        clock = new MovableClock(start);
    }

    FollowUpUnpaidInvoices job() {
        return job(invoices);
    }

    /** The job reading invoices through {@code seen} (a test may slip a payment in between its read and its write). */
    FollowUpUnpaidInvoices job(Invoices seen) {
        return new FollowUpUnpaidInvoices(seen, reminders, new DirectDebitStatus(directDebits, directDebitFiles), families, accounts, mailer, tx,
                new Audit(auditLog, clock), clock, "https://famille.donges.fr");
    }

    Clock clock() {
        return clock;
    }

    /** A family with one guardian, with an account (and so an email) when {@code online}, and one child per birth date. */
    Family family(String name, boolean online, LocalDate... births) {
        Guardian guardian = new Guardian(GuardianId.random(), "Camille", name, null, null);
        List<Child> children = Arrays.stream(births)
                .map(born -> new Child(ChildId.random(), "Enfant" + born.getYear(), name, born, null, null)).toList();
        Family family = new Family(FamilyId.random(), name, new Address("1 rue de la Loire", null, "44480", "Donges"), true, List.of(),
                Resources.UNDECLARED, online, List.of(guardian), children);
        families.add(family);
        if (online) {
            accounts.add(new Account(AccountId.random(), new Username(name.toLowerCase() + "-parent"), name.toLowerCase() + "@example.fr",
                    "hash", Role.PARENT, guardian.id(), family.id(), Instant.parse("2026-01-01T00:00:00Z")));
        }
        return family;
    }

    /** An issued, stored canteen invoice of {@code cents} for the family's first child, issued on {@code issuedOn}. */
    Invoice invoice(Family family, long cents, LocalDate issuedOn) {
        Child child = family.children().get(0);
        Invoice invoice = Invoice.draft(BillingRunId.random(), family.id(), Recipient.of(family), !family.paperless(), Regie.SCHOOL,
                YearMonth.from(issuedOn).minusMonths(1), List.of(InvoiceLine.of(child.id(), child.firstName() + " " + child.lastName(),
                        LineKind.BOOKED_MEAL, BigDecimal.ONE, Money.ofCents(cents))))
                .orElseThrow().issue(new InvoiceNumber(Regie.SCHOOL, issuedOn.getYear(), ++sequence), issuedOn);
        invoices.addAll(List.of(invoice));
        return invoice;
    }
}
