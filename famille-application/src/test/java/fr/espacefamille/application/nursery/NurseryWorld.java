package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.inmemory.InMemoryDocumentStore;
import fr.espacefamille.application.inmemory.InMemoryDocumentUses;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryNurseryAbsences;
import fr.espacefamille.application.inmemory.InMemoryNurseryAttendances;
import fr.espacefamille.application.inmemory.InMemoryNurserySettings;
import fr.espacefamille.application.inmemory.InMemoryNurserySlots;
import fr.espacefamille.application.inmemory.InMemoryOccasionalBookings;
import fr.espacefamille.application.inmemory.InMemoryRegularContracts;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.Period;

/**
 * The nursery's use cases on the in-memory stores, with a clock that tests move. Today is
 * Tuesday 1 September 2026, 8:00 in Paris.
 */
final class NurseryWorld {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final LocalDate THURSDAY = LocalDate.of(2026, 9, 10);

    /** A clock the test sets. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(String isoWithOffset) {
            now = OffsetDateTime.parse(isoWithOffset).toInstant();
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("fixed to Paris");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock(OffsetDateTime.parse("2026-09-01T08:00:00+02:00").toInstant());
    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryFamilies families = new InMemoryFamilies(tx);
    final InMemoryEnrolments enrolments = new InMemoryEnrolments(tx);
    final InMemoryDocuments documents = new InMemoryDocuments(tx);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    final InMemoryMailer mailer = new InMemoryMailer();
    final Audit audit = new Audit(auditLog, clock);
    final InMemoryNurseryAbsences absences = new InMemoryNurseryAbsences(tx);
    final NurseryStores stores = new NurseryStores(new InMemoryNurserySettings(tx), new InMemoryNurserySlots(tx),
            new InMemoryOccasionalBookings(tx), new InMemoryRegularContracts(tx), absences,
            new InMemoryNurseryAttendances(tx), families, enrolments);

    final Actor agent = new Actor(AccountId.random(), "agent.creche", Role.NURSERY_AGENT, null, null);
    final Actor schoolAgent = new Actor(AccountId.random(), "agent.ecole", Role.SCHOOL_AGENT, null, null);

    final UpdateNurserySettings updateSettings = new UpdateNurserySettings(stores, tx, mailer, audit, clock);
    final ListNurserySlots listSlots = new ListNurserySlots(stores);
    final RegisterRegularContract registerContract = new RegisterRegularContract(stores, tx, audit, clock);
    final RegisterOccasionalCare registerOccasional = new RegisterOccasionalCare(stores, tx, audit);
    final EndRegularContract endContract = new EndRegularContract(stores, tx, mailer, audit, clock);
    final BookOccasionalCare book = new BookOccasionalCare(stores, tx, audit, clock);
    final ListOccasionalBookings listBookings = new ListOccasionalBookings(stores);
    final CancelOccasionalBooking cancel = new CancelOccasionalBooking(stores, tx, mailer, audit, clock);
    final InMemoryDocumentStore documentStore = new InMemoryDocumentStore();
    final DeleteDocument deleteDocument = new DeleteDocument(documents, new InMemoryDocumentUses(absences::refersTo),
            documentStore, tx, audit);
    final ReportNurseryAbsence reportAbsence = new ReportNurseryAbsence(stores, documents, deleteDocument, tx, mailer, audit,
            clock);
    final RecordNurseryAttendance attendance = new RecordNurseryAttendance(stores, tx, audit, clock);
    final NurseryDaySheet daySheet = new NurseryDaySheet(stores);
    final ListWaitingLists waitingLists = new ListWaitingLists(stores, clock);
    final ListRegularContracts listContracts = new ListRegularContracts(stores, clock);
    final NurseryBillableHours billableHours = new NurseryBillableHours(stores);

    /** A family of two guardians with e-mail addresses and one child, and the parent actor of its first guardian. */
    record Household(Family family, Child child, Actor parent) {
        ChildId childId() {
            return child.id();
        }
    }

    Household family(String name) {
        Guardian first = new Guardian(GuardianId.random(), "Claire", name, name.toLowerCase() + ".claire@example.fr", null);
        Guardian second = new Guardian(GuardianId.random(), "Julien", name, name.toLowerCase() + ".julien@example.fr", null);
        Child child = new Child(ChildId.random(), "Tom", name, LocalDate.of(2024, 6, 2), null, null);
        Family family = new Family(FamilyId.random(), name, new Address("1 rue de la Loire", null, "44480", "Donges"), true,
                List.of(), Resources.UNDECLARED, false, List.of(first, second), List.of(child));
        families.add(family);
        return new Household(family, child, new Actor(AccountId.random(), name.toLowerCase(), Role.PARENT, family.id(), first.id()));
    }

    /** A family whose child is registered for occasional care over September and October 2026. */
    Household occasionalFamily(String name) {
        Household household = family(name);
        registerOccasional.register(agent, new RegisterOccasionalCare.Command(household.childId(), TODAY, LocalDate.of(2026, 10, 31)));
        return household;
    }

    void places(int places, LocalDate... closures) {
        updateSettings.update(agent, new UpdateNurserySettings.Command(places, List.of(closures)));
    }

    BookingView book(Household household, LocalDate date, Period period) {
        return book.book(household.parent(), new BookOccasionalCare.Command(household.childId(), date, period));
    }

    static DailyHours hours(String arrival, String departure) {
        return new DailyHours(LocalTime.parse(arrival), LocalTime.parse(departure));
    }

    /** A regular contract for the school year, Monday to Friday 8:30–17:00. */
    EnrolmentId fullTimeContract(Household household) {
        Map<DayOfWeek, DailyHours> week = Map.of(DayOfWeek.MONDAY, hours("08:30", "17:00"), DayOfWeek.TUESDAY, hours("08:30", "17:00"),
                DayOfWeek.WEDNESDAY, hours("08:30", "17:00"), DayOfWeek.THURSDAY, hours("08:30", "17:00"),
                DayOfWeek.FRIDAY, hours("08:30", "17:00"));
        return registerContract.register(agent, new RegisterRegularContract.Command(household.childId(), TODAY,
                LocalDate.of(2027, 7, 31), week, List.of()));
    }

    List<AuditEntry> audit() {
        return auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10_000);
    }
}
