package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.Instant;
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
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.inmemory.InMemoryDocumentStore;
import fr.espacefamille.application.inmemory.InMemoryDocumentUses;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryPupils;
import fr.espacefamille.application.inmemory.InMemorySchoolYears;
import fr.espacefamille.application.inmemory.InMemorySchools;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.family.Service;

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
    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    final Audit audit = new Audit(auditLog, clock);
    final InMemoryFamilies families = new InMemoryFamilies(tx);
    final InMemorySchools schools = new InMemorySchools(tx);
    final InMemoryEnrolments enrolments = new InMemoryEnrolments(tx);
    final SchoolYears schoolYears = new InMemorySchoolYears(tx);
    final Pupils pupils = new InMemoryPupils(families, enrolments);
    final InMemoryCanteenBookings bookings = new InMemoryCanteenBookings(tx);
    final InMemoryCanteenAbsences absences = new InMemoryCanteenAbsences(tx);
    final InMemoryCanteenAttendance attendance = new InMemoryCanteenAttendance(tx);
    final InMemoryDocuments documents = new InMemoryDocuments(tx);

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

    final BookCanteenDay book = new BookCanteenDay(pupils, schoolYears, bookings, absences, tx, audit, clock);
    final CancelCanteenDay cancel = new CancelCanteenDay(pupils, schoolYears, bookings, tx, audit, clock);
    final ReadCanteenDays readDays = new ReadCanteenDays(pupils, schoolYears, PupilDays.composed(pupils, bookings, absences), clock);
    final BookWeeklyPattern pattern = new BookWeeklyPattern(pupils, schoolYears, bookings, tx, audit, clock);
    final InMemoryDocumentStore documentStore = new InMemoryDocumentStore();
    final DeleteDocument deleteDocument = new DeleteDocument(documents, new InMemoryDocumentUses(absences::refersTo),
            documentStore, tx, audit);
    final ReportCanteenAbsence reportAbsence = new ReportCanteenAbsence(pupils, schoolYears, bookings, absences, documents,
            deleteDocument, tx, audit, clock);
    final EnrolInCanteen enrol = new EnrolInCanteen(pupils, schoolYears, enrolments, tx, audit);
    final ReadAttendanceSheet sheets = new ReadAttendanceSheet(schools, pupils, schoolYears, bookings, absences, attendance);
    final CheckAttendance checkAttendance = new CheckAttendance(schools, pupils, schoolYears, attendance, sheets, tx, audit, clock);
    final ReadHeadcounts headcounts = new ReadHeadcounts(schools, schoolYears, bookings, clock);
    final CanteenRecords records = new CanteenRecords(schoolYears, bookings, absences, attendance);

    CanteenWorld() {
        schools.add(pasteur);
        schools.add(prevert);
        families.add(martin);
        families.add(nguyen);
        schoolYears.save(YEAR);
        enrolments.add(new Enrolment(EnrolmentId.random(), lea.id(), Service.CANTEEN, YEAR.start(), YEAR.end(), "2026-2027"));
    }

    static Family family(String name, Child... children) {
        return new Family(FamilyId.random(), name, new Address("1 rue de la Loire", null, "44480", "Donges"), true, List.of(),
                Resources.UNDECLARED, false, List.of(new Guardian(GuardianId.random(), "Camille", name, null, null)),
                List.of(children));
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
        return auditLog.between(Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"), 10_000).stream()
                .filter(e -> e.action().equals(action)).toList();
    }

    /** A clock tests can move; always in Europe/Paris. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("always Europe/Paris");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
