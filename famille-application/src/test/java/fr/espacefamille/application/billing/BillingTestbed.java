package fr.espacefamille.application.billing;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryBillingRuns;
import fr.espacefamille.application.inmemory.InMemoryCanteenConsumption;
import fr.espacefamille.application.inmemory.InMemoryDirectDebitFiles;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoiceNumbers;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryNurseryConsumption;
import fr.espacefamille.application.inmemory.InMemoryTariffs;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.testdata.FamilyBuilder;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.RefusedException;

/** The billing use cases on the in-memory ports, with a clock frozen in early October 2026. */
final class BillingTestbed {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant OCT_2 = Instant.parse("2026-10-02T07:00:00Z");
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final Actor FINANCE = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);
    static final Actor SCHOOL_AGENT = new Actor(AccountId.random(), "ecole", Role.SCHOOL_AGENT, null, null);

    final InMemoryCanteenConsumption canteen = new InMemoryCanteenConsumption();
    final InMemoryNurseryConsumption nursery = new InMemoryNurseryConsumption();
    final MovableClock clock = new MovableClock(OCT_2);
    /** The portal in memory, billing what {@link #canteen} and {@link #nursery} say was consumed. */
    final InMemoryEspaceFamille town = InMemoryEspaceFamille.billingFrom(clock, canteen, nursery);
    final InMemoryTransactions tx = town.stores().transactions();
    final InMemoryFamilies families = town.stores().families();
    final InMemoryAccounts accounts = town.stores().accounts();
    final InMemoryTariffs tariffs = town.stores().tariffs();
    final InMemoryBillingRuns runs = town.stores().billingRuns();
    final InMemoryInvoices invoices = town.stores().invoices();
    final InMemoryInvoiceNumbers numbers = town.stores().invoiceNumbers();
    final InMemoryDirectDebits directDebits = town.stores().directDebits();
    final InMemoryDirectDebitFiles directDebitFiles = town.stores().directDebitFiles();
    final InMemoryAuditLog auditLog = town.stores().auditLog();

    BillingTestbed() {
        tariffs.putCanteen(ExampleTariffs.canteen(LocalDate.of(2026, 9, 1)));
        tariffs.putNursery(ExampleTariffs.nursery(LocalDate.of(2026, 9, 1)));
    }

    /** The code of the refusal {@code action} ends with; fails when it is not refused. */
    static String refusalCode(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.refusal().code();
        }
        throw new AssertionError("not refused");
    }

    BillingTestbed at(Instant instant) {
        clock.set(instant);
        return this;
    }

    Audit audit() {
        return town.audit().trail();
    }

    RunMonthlyBilling runMonthlyBilling() {
        return town.billing().run();
    }

    RunMonthlyBilling.Result issue(YearMonth month) {
        return runMonthlyBilling().run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, month, true));
    }

    RunMonthlyBilling.Result draft(YearMonth month) {
        return runMonthlyBilling().run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, month, false));
    }

    ReadInvoices readInvoices() {
        return town.billing().readInvoices();
    }

    RecordPayment recordPayment() {
        return town.billing().recordPayment();
    }

    IssueCreditNote issueCreditNote() {
        return town.billing().issueCreditNote();
    }

    /** A stored resident family with one guardian and {@code children} children. */
    Family family(String name, Integer quotient, Resources resources, int children, boolean paperless) {
        FamilyBuilder builder = aFamily(name).withResources(resources).paperless(paperless);
        if (quotient != null) {
            builder.withQuotient(quotient, LocalDate.of(2026, 1, 1));
        }
        for (int i = 0; i < children; i++) {
            builder.withChild("Enfant" + (i + 1), LocalDate.of(2018, 3, 14));
        }
        Family family = builder.build();
        families.add(family);
        return family;
    }

    Family family(String name, int quotient) {
        return family(name, quotient, Resources.UNDECLARED, 1, false);
    }

    /** An account for the family's guardian, so that online invoices reach them by email. */
    Actor parentOf(Family family) {
        Guardian guardian = family.guardians().get(0);
        Account account = new Account(AccountId.random(), new Username(family.name().toLowerCase() + "-parent"),
                family.name().toLowerCase() + "@example.fr", "hash", Role.PARENT, guardian.id(), family.id(), OCT_2);
        accounts.add(account);
        return new Actor(account.id(), account.username().value(), Role.PARENT, family.id(), guardian.id());
    }

    /** {@code count} canteen days of one kind for the family's first child, from the 1st of September. */
    void meals(Family family, int count, MealCharge kind) {
        meals(family.children().get(0).id(), SEPTEMBER.atDay(1), count, kind);
    }

    void meals(ChildId child, LocalDate first, int count, MealCharge kind) {
        for (int i = 0; i < count; i++) {
            canteen.add(new CanteenDay(child, first.plusDays(i), kind));
        }
    }
}
