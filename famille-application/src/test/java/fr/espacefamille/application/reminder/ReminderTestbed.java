package fr.espacefamille.application.reminder;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryReminders;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.testdata.FamilyBuilder;
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
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Town;

/** The follow-up job on the in-memory ports, with a clock the test moves. */
final class ReminderTestbed {

    final MovableClock clock;
    final InMemoryEspaceFamille town;
    final InMemoryFamilies families;
    final InMemoryAccounts accounts;
    final InMemoryInvoices invoices;
    final InMemoryReminders reminders;
    final InMemoryDirectDebits directDebits;
    private int sequence;

    ReminderTestbed(Instant start) {
        clock = new MovableClock(start);
        town = InMemoryEspaceFamille.start(clock);
        families = town.stores().families();
        accounts = town.stores().accounts();
        invoices = town.stores().invoices();
        reminders = town.stores().reminders();
        directDebits = town.stores().directDebits();
    }

    FollowUpUnpaidInvoices job() {
        return town.followUp().followUpUnpaid();
    }

    /**
     * The job reading invoices through {@code seen}, the one use case wired by hand: a test slips a
     * payment in between its read and its write.
     */
    FollowUpUnpaidInvoices job(Invoices seen) {
        InMemoryEspaceFamille.Stores stores = town.stores();
        return new FollowUpUnpaidInvoices(seen, reminders, town.billing().readDirectDebits(), families, accounts, town.mailer(), Town.DONGES,
                stores.transactions(), town.audit().trail(), clock, InMemoryEspaceFamille.BASE_URL);
    }

    Clock clock() {
        return clock;
    }

    /** A family with one guardian, with an account (and so an email) when {@code online}, and one child per birth date. */
    Family family(String name, boolean online, LocalDate... births) {
        FamilyBuilder builder = aFamily(name).paperless(online);
        Arrays.stream(births).forEach(born -> builder.withChild("Enfant" + born.getYear(), born));
        Family family = builder.build();
        Guardian guardian = family.guardians().get(0);
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
