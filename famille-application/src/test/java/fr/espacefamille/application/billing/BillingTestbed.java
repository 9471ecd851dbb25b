package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryBillingRuns;
import fr.espacefamille.application.inmemory.InMemoryCanteenConsumption;
import fr.espacefamille.application.inmemory.InMemoryDirectDebitFiles;
import fr.espacefamille.application.inmemory.InMemoryDirectDebits;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryInvoiceNumbers;
import fr.espacefamille.application.inmemory.InMemoryInvoices;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryNurseryConsumption;
import fr.espacefamille.application.inmemory.InMemoryTariffs;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.billing.CanteenDayKind;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.RefusedException;

/** The billing use cases on the in-memory ports, with a clock frozen in early October 2026. */
final class BillingTestbed {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant OCT_2 = Instant.parse("2026-10-02T07:00:00Z");
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final Actor FINANCE = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);
    static final Actor SCHOOL_AGENT = new Actor(AccountId.random(), "ecole", Role.SCHOOL_AGENT, null, null);

    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryFamilies families = new InMemoryFamilies(tx);
    final InMemoryAccounts accounts = new InMemoryAccounts(tx);
    final InMemoryCanteenConsumption canteen = new InMemoryCanteenConsumption();
    final InMemoryNurseryConsumption nursery = new InMemoryNurseryConsumption();
    final InMemoryTariffs tariffs = new InMemoryTariffs(tx);
    final InMemoryBillingRuns runs = new InMemoryBillingRuns(tx);
    final InMemoryInvoices invoices = new InMemoryInvoices(tx);
    final InMemoryInvoiceNumbers numbers = new InMemoryInvoiceNumbers(tx);
    final InMemoryDirectDebits directDebits = new InMemoryDirectDebits(tx);
    final InMemoryDirectDebitFiles directDebitFiles = new InMemoryDirectDebitFiles(tx);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    final InMemoryMailer mailer = new InMemoryMailer();
    Clock clock = Clock.fixed(OCT_2, PARIS);

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
        clock = Clock.fixed(instant, PARIS);
        return this;
    }

    Audit audit() {
        return new Audit(auditLog, clock);
    }

    RunMonthlyBilling runMonthlyBilling() {
        return new RunMonthlyBilling(families, canteen, nursery, tariffs, runs, invoices, numbers, accounts, mailer, tx, audit(),
                clock, "https://famille.donges.fr", Runnable::run);
    }

    RunMonthlyBilling.Result issue(YearMonth month) {
        return runMonthlyBilling().run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, month, true));
    }

    RunMonthlyBilling.Result draft(YearMonth month) {
        return runMonthlyBilling().run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, month, false));
    }

    ReadInvoices readInvoices() {
        return new ReadInvoices(invoices, clock);
    }

    RecordPayment recordPayment() {
        return new RecordPayment(invoices, tx, audit(), clock);
    }

    IssueCreditNote issueCreditNote() {
        return new IssueCreditNote(invoices, numbers, tx, audit(), clock);
    }

    /** A stored resident family with one guardian and {@code children} children. */
    Family family(String name, Integer quotient, Resources resources, int children, boolean paperless) {
        List<Child> kids = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            kids.add(new Child(ChildId.random(), "Enfant" + (i + 1), name, LocalDate.of(2018, 3, 14), null, null));
        }
        Guardian guardian = new Guardian(GuardianId.random(), "Camille", name, null, null);
        Family family = new Family(FamilyId.random(), name, new Address("1 rue de la Loire", null, "44480", "Donges"), true,
                quotient == null ? List.of() : List.of(new FamilyQuotient(quotient, LocalDate.of(2026, 1, 1))), resources,
                paperless, List.of(guardian), kids);
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
    void meals(Family family, int count, CanteenDayKind kind) {
        meals(family.children().get(0).id(), SEPTEMBER.atDay(1), count, kind);
    }

    void meals(ChildId child, LocalDate first, int count, CanteenDayKind kind) {
        for (int i = 0; i < count; i++) {
            canteen.add(new CanteenDay(child, first.plusDays(i), kind));
        }
    }
}
