package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryCanteenAbsences;
import fr.espacefamille.application.inmemory.InMemoryCanteenAttendance;
import fr.espacefamille.application.inmemory.InMemoryCanteenBookings;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemorySchools;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.family.ChildService;

/**
 * The canteen running in memory for use-case tests: a school, the 2026-2027 school year (Toussaint
 * holidays, a closure on Friday 18 September), the Martin family whose Léa is enrolled, the Nguyen
 * family whose Malo is not, and a clock that tests move. It starts on Monday 7 September 2026 at
 * 08:00 in Paris: Monday's deadline has passed, Tuesday's has not.
 */
final class CanteenWorld {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate THURSDAY = MONDAY.plusDays(3);
    static final LocalDate FRIDAY = MONDAY.plusDays(4);
    static final SchoolYear YEAR = new SchoolYear(new SchoolYearLabel(2026), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3),
            null, List.of(new HolidayPeriod(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1), "Toussaint")),
            new TreeSet<>(Set.of(LocalDate.of(2026, 9, 18))));

    final MovableClock clock = new MovableClock(MONDAY.atTime(8, 0).atZone(PARIS).toInstant());
    final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    final InMemoryTransactions tx = town.stores().transactions();
    final InMemoryAuditLog auditLog = town.stores().auditLog();
    final Audit audit = town.audit().trail();
    final InMemoryFamilies families = town.stores().families();
    final InMemorySchools schools = town.stores().schools();
    final InMemoryEnrolments enrolments = town.stores().enrolments();
    final SchoolYears schoolYears = town.stores().schoolYears();
    final Pupils pupils = town.stores().pupils();
    final InMemoryCanteenBookings bookings = town.stores().canteenBookings();
    final InMemoryCanteenAbsences absences = town.stores().canteenAbsences();
    final InMemoryCanteenAttendance attendance = town.stores().canteenAttendance();
    final InMemoryDocuments documents = town.stores().documents();

    final School pasteur = new School(SchoolId.random(), "École Louis Pasteur", null);
    final School prevert = new School(SchoolId.random(), "École Jacques Prévert", null);
    final Child lea = new Child(ChildId.random(), "Léa", "Martin", LocalDate.of(2018, 3, 14), pasteur.id(), Grade.CE1);
    final Child tom = new Child(ChildId.random(), "Tom", "Martin", LocalDate.of(2024, 6, 2), null, null);
    final Child malo = new Child(ChildId.random(), "Malo", "Nguyen", LocalDate.of(2020, 9, 21), pasteur.id(), Grade.MS);
    final Family martin = family("Martin", lea, tom);
    final Family nguyen = family("Nguyen", malo);

    final Actor claire = parent(martin);
    final Actor helene = parent(nguyen);
    final Actor schoolAgent = staff(Role.SCHOOL_AGENT);
    final Actor nurseryAgent = staff(Role.NURSERY_AGENT);

    final BookCanteenDay book = town.canteen().book();
    final CancelCanteenDay cancel = town.canteen().cancel();
    final ReadCanteenDays readDays = town.canteen().readDays();
    final BookWeeklyPattern pattern = town.canteen().bookPattern();
    final ReportCanteenAbsence reportAbsence = town.canteen().reportAbsence();
    final EnrolInCanteen enrol = town.canteen().enrol();
    final ReadAttendanceSheet sheets = town.canteen().attendanceSheet();
    final CheckAttendance checkAttendance = town.canteen().checkAttendance();
    final ReadHeadcounts headcounts = town.canteen().headcounts();
    final CanteenRecords records = town.canteen().records();

    CanteenWorld() {
        schools.add(pasteur);
        schools.add(prevert);
        families.add(martin);
        families.add(nguyen);
        schoolYears.save(YEAR);
        enrolments.add(new Enrolment(EnrolmentId.random(), lea.id(), ChildService.CANTEEN, YEAR.start(), YEAR.end(), "2026-2027"));
    }

    static Family family(String name, Child... children) {
        return aFamily(name).withChildren(List.of(children)).build();
    }

    static Actor parent(Family family) {
        return new Actor(AccountId.random(), "parent-" + family.name().toLowerCase(), Role.PARENT, family.id(),
                family.guardians().get(0).id());
    }

    static Actor staff(Role role) {
        return new Actor(AccountId.random(), role.name().toLowerCase(), role, null, null);
    }

    /** Sets the clock to {@code time} (e.g. "09:59") in Paris on {@code day}. */
    void at(LocalDate day, String time) {
        clock.set(day.atTime(java.time.LocalTime.parse(time)).atZone(PARIS).toInstant());
    }

    List<AuditEntry> audit(String action) {
        return town.audited(action);
    }
}
