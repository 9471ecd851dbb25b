package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.calendar.SchoolYearApi;
import fr.espacefamille.adapter.http.family.AbsenceHandler;
import fr.espacefamille.adapter.http.family.EnrolmentHandler;
import fr.espacefamille.adapter.http.canteen.CanteenApi;
import fr.espacefamille.adapter.http.canteen.CanteenHandlers;
import fr.espacefamille.adapter.http.canteen.CanteenPages;
import fr.espacefamille.adapter.http.canteen.CanteenStaffApi;
import fr.espacefamille.adapter.http.canteen.CanteenStaffPages;
import fr.espacefamille.adapter.http.publication.MenuApi;
import fr.espacefamille.adapter.http.publication.MenuPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.calendar.JdbiSchoolYears;
import fr.espacefamille.adapter.jdbc.canteen.JdbiCanteenAbsences;
import fr.espacefamille.adapter.jdbc.canteen.JdbiCanteenAttendance;
import fr.espacefamille.adapter.jdbc.canteen.JdbiCanteenBookings;
import fr.espacefamille.adapter.jdbc.canteen.JdbiPupils;
import fr.espacefamille.adapter.jdbc.billing.JdbiTariffs;
import fr.espacefamille.adapter.jdbc.publication.JdbiMenus;
import fr.espacefamille.application.billing.ReadMealPrice;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CancelCanteenDay;
import fr.espacefamille.application.canteen.CanteenAbsences;
import fr.espacefamille.application.canteen.CanteenAttendance;
import fr.espacefamille.application.canteen.CanteenBookings;
import fr.espacefamille.application.canteen.CanteenRecords;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.ListCanteenAbsences;
import fr.espacefamille.application.canteen.Pupils;
import fr.espacefamille.application.canteen.ReadAttendanceSheet;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.family.ListChildren;
import fr.espacefamille.application.publication.Menus;
import fr.espacefamille.application.publication.PublishMenu;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.domain.family.ChildService;

/** The school calendar, the canteen and its menus; {@link #records} is what billing reads. */
final class CanteenWiring {

    final SchoolYears schoolYears;
    final Pupils pupils;
    final CanteenBookings bookings;
    final CanteenAbsences absences;
    final CanteenAttendance attendance;
    final Menus menus;
    final SetSchoolYear setSchoolYear;
    final EnrolInCanteen enrol;
    final ReadCanteenDays readDays;
    final BookCanteenDay book;
    final CancelCanteenDay cancel;
    final BookWeeklyPattern pattern;
    final ReportCanteenAbsence reportAbsence;
    final ReadAttendanceSheet readSheet;
    final CheckAttendance checkAttendance;
    final ReadHeadcounts headcounts;
    final CanteenRecords records;
    final PublishMenu publishMenu;
    final ReadMenus readMenus;
    private final CanteenHandlers handlers;

    CanteenWiring(SharedWiring core, DocumentWiring documents) {
        var db = core.db();
        var tx = core.transactions();
        var audit = core.audit();
        var clock = core.clock();
        // every booking and month view asks the calendar; another instance's change is seen within a second
        schoolYears = new JdbiSchoolYears(db, Duration.ofSeconds(1), Clock.systemUTC());
        pupils = new JdbiPupils(db);
        bookings = core.pupilDays().bookings(new JdbiCanteenBookings(db));
        absences = core.pupilDays().absences(new JdbiCanteenAbsences(db));
        attendance = new JdbiCanteenAttendance(db);
        menus = new JdbiMenus(db);
        setSchoolYear = new SetSchoolYear(schoolYears, tx, audit);
        enrol = new EnrolInCanteen(pupils, schoolYears, core.enrolments(), tx, audit);
        readDays = new ReadCanteenDays(pupils, schoolYears, core.pupilDays(), clock);
        book = new BookCanteenDay(pupils, schoolYears, bookings, absences, tx, audit, clock);
        cancel = new CancelCanteenDay(pupils, schoolYears, bookings, tx, audit, clock);
        pattern = new BookWeeklyPattern(pupils, schoolYears, bookings, tx, audit, clock);
        reportAbsence = new ReportCanteenAbsence(pupils, schoolYears, bookings, absences, documents.documents, documents.delete, tx, audit,
                clock);
        readSheet = new ReadAttendanceSheet(core.schools(), pupils, schoolYears, bookings, absences, attendance);
        checkAttendance = new CheckAttendance(core.schools(), pupils, schoolYears, attendance, readSheet, tx, audit, clock);
        headcounts = new ReadHeadcounts(core.schools(), schoolYears, bookings, clock);
        records = new CanteenRecords(schoolYears, bookings, absences, attendance);
        publishMenu = new PublishMenu(menus, schoolYears, tx, audit);
        readMenus = new ReadMenus(menus);
        handlers = new CanteenHandlers(enrol, reportAbsence);
    }

    /** The canteen's branch of {@code POST /admin/children/{id}/enrolments}. */
    Map<ChildService, EnrolmentHandler> enrolmentHandlers() {
        return Map.of(ChildService.CANTEEN, handlers.enrolment());
    }

    /** The canteen's branch of {@code POST /children/{id}/absences}. */
    AbsenceHandler absenceHandler() {
        return handlers.absence();
    }

    List<Feature> features(SharedWiring core, DocumentWiring documents) {
        return List.of(
                new SchoolYearApi(setSchoolYear, schoolYears),
                new CanteenApi(readDays, book, cancel, pattern),
                new CanteenStaffApi(checkAttendance, readSheet, headcounts),
                new MenuApi(publishMenu, readMenus),
                new CanteenPages(new ListChildren(core.families(), core.enrolments(), core.clock()), readDays, book, cancel,
                        pattern, reportAbsence, documents.certificates,
                        new ListCanteenAbsences(pupils, schoolYears, absences),
                        new ReadMealPrice(new JdbiTariffs(core.db()), core.families()), core.clock()),
                new CanteenStaffPages(setSchoolYear, schoolYears, core.schools(), pupils, enrol, readSheet, checkAttendance,
                        headcounts, core.clock()),
                new MenuPages(publishMenu, readMenus, schoolYears, core.clock()));
    }
}
