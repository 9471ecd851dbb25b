package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.time.DayOfWeek;
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
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.HalfDay;

/**
 * The nursery's use cases on the in-memory stores, with a clock that tests move. Today is
 * Tuesday 1 September 2026, 8:00 in Paris.
 */
final class NurseryWorld {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final LocalDate THURSDAY = LocalDate.of(2026, 9, 10);

    final MovableClock clock = new MovableClock(OffsetDateTime.parse("2026-09-01T08:00:00+02:00").toInstant());
    final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    final InMemoryTransactions tx = town.stores().transactions();
    final InMemoryFamilies families = town.stores().families();
    final InMemoryEnrolments enrolments = town.stores().enrolments();
    final InMemoryDocuments documents = town.stores().documents();
    final InMemoryAuditLog auditLog = town.stores().auditLog();
    final Audit audit = town.audit().trail();
    final NurseryStores stores = town.stores().nursery();

    final Actor agent = new Actor(AccountId.random(), "agent.creche", Role.NURSERY_AGENT, null, null);
    final Actor schoolAgent = new Actor(AccountId.random(), "agent.ecole", Role.SCHOOL_AGENT, null, null);

    final UpdateNurserySettings updateSettings = town.nursery().updateSettings();
    final ListNurserySlots listSlots = town.nursery().listSlots();
    final RegisterRegularContract registerContract = town.nursery().registerContract();
    final RegisterOccasionalCare registerOccasional = town.nursery().registerOccasional();
    final EndRegularContract endContract = town.nursery().endContract();
    final BookOccasionalCare book = town.nursery().book();
    final ListOccasionalBookings listBookings = town.nursery().listBookings();
    final CancelOccasionalBooking cancel = town.nursery().cancel();
    final ReportNurseryAbsence reportAbsence = town.nursery().reportAbsence();
    final RecordNurseryAttendance attendance = town.nursery().recordAttendance();
    final NurseryDaySheet daySheet = town.nursery().daySheet();
    final ListWaitingLists waitingLists = town.nursery().waitingLists();
    final ListRegularContracts listContracts = town.nursery().listContracts();
    final NurseryBillableHours billableHours = town.nursery().billableHours();

    /** Sets the clock to an instant written with its offset, e.g. {@code "2026-09-08T07:30:00+02:00"}. */
    void at(String isoWithOffset) {
        clock.set(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    /** A family of two guardians with e-mail addresses and one child, and the parent actor of its first guardian. */
    record Household(Family family, Child child, Actor parent) {
        ChildId childId() {
            return child.id();
        }
    }

    Household family(String name) {
        return family(name, LocalDate.of(2024, 6, 2), false);
    }

    /** A family whose child was born on {@code birth}, declaring a disabled child or not. */
    Household family(String name, LocalDate birth, boolean disabledChild) {
        Family family = aFamily(name).withGuardian("Claire", name.toLowerCase() + ".claire@example.fr")
                .withGuardian("Julien", name.toLowerCase() + ".julien@example.fr").withChild("Tom", birth)
                .withResources(new Resources(null, 1, disabledChild)).build();
        Guardian first = family.guardians().get(0);
        Child child = family.children().get(0);
        families.add(family);
        return new Household(family, child, new Actor(AccountId.random(), name.toLowerCase(), Role.PARENT, family.id(), first.id()));
    }

    /** A family whose child is registered for occasional care over September and October 2026. */
    Household occasionalFamily(String name) {
        return registeredOccasional(family(name));
    }

    /** {@code household}'s child registered for occasional care over September and October 2026. */
    Household registeredOccasional(Household household) {
        registerOccasional.register(agent, new RegisterOccasionalCare.Command(household.childId(), TODAY, LocalDate.of(2026, 10, 31)));
        return household;
    }

    void places(int places, LocalDate... closures) {
        updateSettings.update(agent, new UpdateNurserySettings.Command(places, List.of(closures)));
    }

    BookingView book(Household household, LocalDate date, HalfDay period) {
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
