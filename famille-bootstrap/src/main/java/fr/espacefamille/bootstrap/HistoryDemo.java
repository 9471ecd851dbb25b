package fr.espacefamille.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.canteen.AttendanceSheet;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateFamily.NewChild;
import fr.espacefamille.application.family.CreateFamily.NewGuardian;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.RecordNurseryAttendance;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.SlotOccupancy;
import fr.espacefamille.domain.shared.FrenchText;

/**
 * The demo town's recent months, told relative to today through the use cases, so that whoever
 * starts the demo finds every démarche already lived: the town-hall staff's accounts; the
 * schoolchildren's canteen bookings from four months back to three weeks ahead, the attendance
 * checked on the last service days, Léa Martin's illness with its medical certificate; Tom
 * Martin's contract hours recorded at the nursery; a nursery slot full with two families waiting;
 * then (see {@link #bill}) the months billed: the Martins' canteen collected by direct debit, their
 * nursery invoices one paid by card, one overdue and last month's to pay.
 * Done once: a town whose finance agent exists is left alone.
 */
final class HistoryDemo {

    /** The town-hall staff's demo accounts, all with {@link #STAFF_PASSWORD}. */
    static final String SCHOOL_AGENT = "agent.ecole";
    static final String NURSERY_AGENT = "agent.creche";
    static final String FINANCE_AGENT = "agent.finances";
    static final String STAFF_PASSWORD = "Mairie-Donges-2026";
    /** How many months back the canteen is billed (the nursery one month less). */
    static final int MONTHS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryDemo.class);
    private static final Actor SCHOOL = Actor.staff(SCHOOL_AGENT, Role.SCHOOL_AGENT);
    private static final Actor NURSERY = Actor.staff(NURSERY_AGENT, Role.NURSERY_AGENT);
    private static final Address CROWD_ADDRESS = new Address("Résidence du Parc", null, "44480", "Donges");
    /** The families whose toddlers fill the slot that has a waiting list (two each, twenty places at most), then one more waiting. */
    private static final List<String> CROWD = List.of("Garnier", "Roux", "Fabre", "Lambert", "Fontaine", "Chevalier", "Mercier",
            "Blanc", "Guérin", "Boyer", "Gauthier");

    private final SharedWiring core;
    private final AccountWiring accounts;
    private final FamilyWiring families;
    private final CanteenWiring canteen;
    private final NurseryWiring nursery;
    private final DocumentWiring documents;
    private boolean recorded;

    HistoryDemo(SharedWiring core, AccountWiring accounts, FamilyWiring families, CanteenWiring canteen, NurseryWiring nursery,
            DocumentWiring documents) {
        this.core = core;
        this.accounts = accounts;
        this.families = families;
        this.canteen = canteen;
        this.nursery = nursery;
        this.documents = documents;
    }

    /** The first day the canteen history (and billing) covers. */
    static LocalDate canteenStart(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS).atDay(1);
    }

    /** How many past service days had their canteen attendance checked (earlier ones are billed as booked): keeps the start quick. */
    static final int CHECKED_DAYS = 25;

    /** The first day the nursery history (and billing) covers: Tom's contract starts then. */
    static LocalDate nurseryStart(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
    }

    /** The staff accounts, bookings, attendance, the absence and the waiting list. */
    void record() {
        if (!core.accounts().byLogin(FINANCE_AGENT).isEmpty()) {
            return;
        }
        Optional<Family> martin = family("Martin");
        if (martin.isEmpty()) {
            return;
        }
        for (var agent : List.of(new CreateAgent.Command(SCHOOL_AGENT, STAFF_PASSWORD, "ecole@mairie-donges.example.fr", Role.SCHOOL_AGENT),
                new CreateAgent.Command(NURSERY_AGENT, STAFF_PASSWORD, "creche@mairie-donges.example.fr", Role.NURSERY_AGENT),
                new CreateAgent.Command(FINANCE_AGENT, STAFF_PASSWORD, "finances@mairie-donges.example.fr", Role.FINANCE_AGENT))) {
            accounts.createAgent.create(Actor.SYSTEM, agent);
        }
        LocalDate today = LocalDate.now(core.clock());
        Actor claire = claire();
        Child lea = child(martin.get(), "Léa");
        book(lea, today, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        family("Nguyen").ifPresent(f -> book(child(f, "Malo"), today, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        family("Durand").ifPresent(f -> book(child(f, "Inès"), today, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)));
        illness(claire, lea, today);
        attendance(today);
        Child tom = child(martin.get(), "Tom");
        nurseryAttendance(tom, today);
        waitingList(claire, tom, today);
        recorded = true;
        LOG.info("Historique de démonstration : cantine depuis le {}, pointages, absence de Léa Martin, multi-accueil, liste d'attente",
                canteenStart(today));
    }

    /**
     * The months billed, once the history is recorded and the other demo parts have stated theirs:
     * the canteen of the last {@value #MONTHS} months (the Martins' by direct debit, the Nguyens'
     * last month by cheque, the Durands' left to pay), the nursery of the last three (the Martins'
     * last month to pay by card, the month before paid by card or overdue, whichever has its due
     * date past).
     */
    void bill(DemoBilling past) {
        if (!recorded) {
            return;
        }
        LocalDate today = past.today();
        YearMonth current = YearMonth.from(today);
        Family martin = family("Martin").orElseThrow();
        for (int back = MONTHS; back >= 1; back--) {
            var run = past.issue(Regie.SCHOOL, current.minusMonths(back));
            if (invoiceOf(run, martin).isPresent()) {
                past.collect(run);
            }
        }
        var lastSchool = past.issue(Regie.SCHOOL, current.minusMonths(1));
        family("Nguyen").flatMap(f -> invoiceOf(lastSchool, f)).ifPresent(invoice -> past.payAtTownHall(invoice.id(),
                PaymentMethod.CHEQUE, invoice.total(), earliest(lastSchool.run().issuedOn().plusDays(3), today)));
        // the invoice due on the 15th of this month is overdue only after it
        YearMonth paidByCard = today.getDayOfMonth() > 15 ? current.minusMonths(3) : current.minusMonths(2);
        for (int back = MONTHS - 1; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            var run = past.issue(Regie.EARLY_CHILDHOOD, month);
            if (month.equals(paidByCard)) {
                invoiceOf(run, martin).ifPresent(invoice -> past.payByCard(claire(), invoice.id(), run.run().issuedOn().plusDays(5)));
            }
        }
        LOG.info("Facturation de démonstration : cantine et multi-accueil facturés depuis {}", current.minusMonths(MONTHS));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Optional<RunMonthlyBilling.RunInvoice> invoiceOf(RunMonthlyBilling.Result run, Family family) {
        return run.invoices().stream().filter(i -> i.family().equals(family.id())).findFirst();
    }

    private Actor claire() {
        return Authenticate.actorOf(core.accounts().byLogin(DemoTown.PARENT).get(0));
    }

    private Optional<Family> family(String name) {
        return core.families().search(name, 5).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Child child(Family family, String firstName) {
        return family.children().stream().filter(c -> c.firstName().equals(firstName)).findFirst().orElseThrow();
    }

    /** The weekly pattern from the history's start to three weeks ahead, booked at the town hall (staff may book past days). */
    private void book(Child child, LocalDate today, Set<DayOfWeek> weekdays) {
        LocalDate end = today.plusWeeks(3);
        for (LocalDate from = canteenStart(today); !from.isAfter(end); from = from.plusDays(93)) {
            LocalDate to = from.plusDays(92).isAfter(end) ? end : from.plusDays(92);
            canteen.pattern.book(SCHOOL, new BookWeeklyPattern.Command(child.id(), from, to, weekdays));
        }
    }

    /**
     * Léa was ill on three service days two to three weeks ago: her mother uploaded the medical
     * certificate and the town hall reported the absence (the first day is billed, the others not).
     */
    private void illness(Actor claire, Child lea, LocalDate today) {
        ServiceCalendar calendar = canteen.schoolYears.calendar();
        List<LocalDate> days = new ArrayList<>();
        int eaten = 0;
        for (LocalDate day = today.minusDays(14); days.size() < 3 && !day.isBefore(canteenStart(today)); day = day.minusDays(1)) {
            // the two service days before it are eaten: a school year's last days are never all missed
            if (calendar.isServiceDay(day) && eaten++ >= 2) {
                days.add(0, day);
            }
        }
        if (days.isEmpty()) {
            return;
        }
        var certificate = documents.upload.upload(claire, new UploadDocument.Command(DocumentKind.MEDICAL_CERTIFICATE,
                "certificat-medical-lea.pdf", EnrolmentDemo.pdf("Certificat médical — Léa Martin — repos à domicile du "
                        + FrenchText.date(days.get(0)) + " au " + FrenchText.date(days.get(days.size() - 1)))));
        canteen.reportAbsence.report(SCHOOL, ReportCanteenAbsence.Command.of(lea.id(), days.get(0), days.get(days.size() - 1),
                AbsenceReason.ILLNESS).withCertificate(certificate.id()));
    }

    /**
     * The attendance of the last {@value #CHECKED_DAYS} service days, checked by the school agent:
     * the booked children present unless their absence was reported; on the last Monday Malo missed lunch without notice (billed as
     * booked) and on the last Thursday Inès ate without a booking (billed at the unbooked price).
     */
    private void attendance(LocalDate today) {
        ServiceCalendar calendar = canteen.schoolYears.calendar();
        LocalDate missed = lastServiceDay(calendar, today, DayOfWeek.MONDAY);
        LocalDate unbooked = lastServiceDay(calendar, today, DayOfWeek.THURSDAY);
        LocalDate from = today;
        int checked = 0;
        while (checked < CHECKED_DAYS && from.isAfter(canteenStart(today))) {
            from = from.minusDays(1);
            if (calendar.isServiceDay(from)) {
                checked++;
            }
        }
        for (LocalDate day = from; day.isBefore(today); day = day.plusDays(1)) {
            if (!calendar.isServiceDay(day)) {
                continue;
            }
            for (School school : core.schools().all()) {
                AttendanceSheet sheet = canteen.readSheet.read(SCHOOL, school.id(), day);
                List<CheckAttendance.Mark> marks = new ArrayList<>();
                for (AttendanceSheet.Line line : sheet.lines()) {
                    String name = line.pupil().firstName();
                    boolean eatsUnbooked = day.equals(unbooked) && name.equals("Inès");
                    if (line.booked() || eatsUnbooked) {
                        boolean absent = line.absenceReported() || day.equals(missed) && name.equals("Malo");
                        marks.add(new CheckAttendance.Mark(line.pupil().id(), !absent));
                    }
                }
                if (!marks.isEmpty()) {
                    canteen.checkAttendance.check(SCHOOL, new CheckAttendance.Command(school.id(), day, marks));
                }
            }
        }
    }

    private LocalDate lastServiceDay(ServiceCalendar calendar, LocalDate today, DayOfWeek weekday) {
        for (LocalDate day = today.minusDays(1); !day.isBefore(canteenStart(today)); day = day.minusDays(1)) {
            if (day.getDayOfWeek() == weekday && calendar.isServiceDay(day)) {
                return day;
            }
        }
        return null;
    }

    /** Tom's arrivals and departures on his contract days of the last five weeks, a little late on the first Monday of a month. */
    private void nurseryAttendance(Child tom, LocalDate today) {
        var settings = nursery.useCases.settings().current();
        for (LocalDate day = today.minusWeeks(5); day.isBefore(today); day = day.plusDays(1)) {
            if (!settings.isOpen(day)) {
                continue;
            }
            LocalTime departure = switch (day.getDayOfWeek()) {
                case MONDAY -> day.getDayOfMonth() <= 7 ? LocalTime.of(17, 40) : LocalTime.of(17, 0);
                case TUESDAY -> LocalTime.of(12, 0);
                default -> null;
            };
            if (departure != null) {
                nursery.useCases.attendance().record(NURSERY, day,
                        List.of(new RecordNurseryAttendance.Entry(tom.id(), LocalTime.of(8, 30), departure)));
            }
        }
    }

    /**
     * The first Wednesday, Thursday or Friday morning at least three days ahead that the nursery
     * opens is full: toddlers of the crowd's families (two each) booked its places left; Tom Martin
     * then waits first and a child of one more family second.
     */
    private void waitingList(Actor claire, Child tom, LocalDate today) {
        var settings = nursery.useCases.settings().current();
        LocalDate day = today.plusDays(3);
        while (!settings.isOpen(day) || day.getDayOfWeek().compareTo(DayOfWeek.WEDNESDAY) < 0
                || day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
            day = day.plusDays(1);
        }
        Slot slot = new Slot(day, HalfDay.MORNING);
        int left = nursery.useCases.slots().between(NURSERY, day, day).stream().filter(o -> o.slot().equals(slot))
                .mapToInt(SlotOccupancy::available).findFirst().orElse(0);
        List<Actor> parents = new ArrayList<>();
        List<ChildId> toddlers = new ArrayList<>();
        for (int i = 0; toddlers.size() <= left && i < CROWD.size(); i++) {
            String name = CROWD.get(i);
            List<NewChild> children = toddlers.size() + 2 <= left
                    ? List.of(new NewChild("Rose", name, today.minusMonths(14 + i), null, null),
                            new NewChild("Paul", name, today.minusMonths(30 + i), null, null))
                    : List.of(new NewChild("Nina", name, today.minusMonths(20 + i), null, null));
            var created = families.createFamily.create(Actor.SYSTEM, new CreateFamily.Command(name, CROWD_ADDRESS, null, null, null, null,
                    true, List.of(new NewGuardian("Camille", name, "camille." + name.toLowerCase().replace('é', 'e') + "@example.fr", null)),
                    children));
            Family family = core.families().byId(created.id()).orElseThrow();
            var guardian = family.guardians().get(0);
            Actor parent = new Actor(new AccountId(guardian.id().value()), guardian.fullName(), Role.PARENT, family.id(), guardian.id());
            for (ChildId child : created.children()) {
                nursery.useCases.registerOccasional().register(NURSERY, new RegisterOccasionalCare.Command(child, today, today.plusYears(1)));
                parents.add(parent);
                toddlers.add(child);
            }
        }
        for (int i = 0; i < toddlers.size(); i++) {
            if (i == left) {
                nursery.useCases.book().book(claire, new BookOccasionalCare.Command(tom.id(), slot.date(), slot.period()));
            }
            nursery.useCases.book().book(parents.get(i), new BookOccasionalCare.Command(toddlers.get(i), slot.date(), slot.period()));
        }
    }
}
