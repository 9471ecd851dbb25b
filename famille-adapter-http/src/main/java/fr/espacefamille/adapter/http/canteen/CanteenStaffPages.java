package fr.espacefamille.adapter.http.canteen;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.AttendanceSheet;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.Pupils;
import fr.espacefamille.application.canteen.ReadAttendanceSheet;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * The canteen staff's pages: school years, canteen enrolments, the attendance check made for a
 * tablet in the dining hall (one form per child, one tap), and the kitchen's headcounts.
 */
public final class CanteenStaffPages implements Feature {

    private static final Map<String, String> YEAR_FIELDS = Map.of("label", "annee", "start", "debut", "end", "fin",
            "closures", "fermetures", "weekdays", "jours", "holidays", "vacances");

    private static final RouteRole[] AGENTS = Access.staff(Role.SCHOOL_AGENT);
    private final SetSchoolYear setSchoolYear;
    private final SchoolYears schoolYears;
    private final Schools schools;
    private final Pupils pupils;
    private final EnrolInCanteen enrol;
    private final ReadAttendanceSheet readSheet;
    private final CheckAttendance checkAttendance;
    private final ReadHeadcounts headcounts;
    private final Clock clock;

    public CanteenStaffPages(SetSchoolYear setSchoolYear, SchoolYears schoolYears, Schools schools, Pupils pupils,
            EnrolInCanteen enrol, ReadAttendanceSheet readSheet, CheckAttendance checkAttendance, ReadHeadcounts headcounts,
            Clock clock) {
        this.setSchoolYear = setSchoolYear;
        this.schoolYears = schoolYears;
        this.schools = schools;
        this.pupils = pupils;
        this.enrol = enrol;
        this.readSheet = readSheet;
        this.checkAttendance = checkAttendance;
        this.headcounts = headcounts;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/agents/cantine", ctx -> Pages.render(ctx, "canteen/staff-home.jte", Pages.context(ctx, "Restauration scolaire"),
                Map.of("schools", schools.all(), "today", LocalDate.now(clock))), AGENTS);
        routes.get("/agents/cantine/annees", ctx -> years(ctx, Pages.context(ctx, "Années scolaires"), yearValues(ctx.queryParam("annee")),
                yearHolidays(ctx.queryParam("annee"))), AGENTS);
        routes.post("/agents/cantine/annees", this::saveYear, AGENTS);
        routes.get("/agents/cantine/inscriptions", this::enrolments, AGENTS);
        routes.post("/agents/cantine/inscriptions", this::enrolChild, AGENTS);
        routes.get("/agents/cantine/pointage", this::attendance, AGENTS);
        routes.post("/agents/cantine/pointage", this::mark, AGENTS);
        routes.get("/agents/cantine/effectifs", this::headcounts, AGENTS);
        routes.get("/agents/cantine/effectifs.csv", this::headcountsCsv, AGENTS);
    }

    // --- school years

    /** A row of the holidays' form as typed: name, first and last day (ISO, as date inputs send them). */
    public record HolidayRow(String label, String from, String to) {

        static HolidayRow of(HolidayPeriod period) {
            return new HolidayRow(period.label(), period.from().toString(), period.to().toString());
        }

        boolean blank() {
            return label.isBlank() && from.isBlank() && to.isBlank();
        }
    }

    /** Blank rows offered under the holidays and closures already entered. */
    private static final int BLANK_HOLIDAYS = 3;

    private Map<String, String> yearValues(String label) {
        Map<String, String> values = new HashMap<>();
        Optional<SchoolYear> year = SchoolYearLabel.parse(label).flatMap(schoolYears::byLabel);
        if (year.isEmpty()) {
            SchoolYearLabel next = SchoolYearLabel.containing(LocalDate.now(clock).plusMonths(2));
            values.put("annee", next.toString());
            SchoolYear.DEFAULT_WEEKDAYS.forEach(d -> values.put(d.name(), "on"));
            return values;
        }
        SchoolYear y = year.get();
        values.put("annee", y.label().toString());
        values.put("debut", y.start().toString());
        values.put("fin", y.end().toString());
        y.weekdays().forEach(d -> values.put(d.name(), "on"));
        values.put("fermetures", y.closures().stream().sorted().map(LocalDate::toString).collect(Collectors.joining("\n")));
        return values;
    }

    private List<HolidayRow> yearHolidays(String label) {
        return SchoolYearLabel.parse(label).flatMap(schoolYears::byLabel)
                .map(y -> y.holidays().stream().map(HolidayRow::of).toList()).orElse(List.of());
    }

    private void years(Context ctx, PageContext page, Map<String, String> values, List<HolidayRow> holidays) {
        List<HolidayRow> rows = new ArrayList<>(holidays.stream().filter(r -> !r.blank()).toList());
        for (int i = 0; i < BLANK_HOLIDAYS; i++) {
            rows.add(new HolidayRow("", "", ""));
        }
        Pages.render(ctx, "canteen/years.jte", page, Map.of("years", schoolYears.all(), "values", values, "holidays", rows,
                "weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)));
    }

    private void saveYear(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fields(YEAR_FIELDS).fallback("annee");
        PageForm.Field<SchoolYearLabel> label = form.required("annee", SchoolYearLabel::parse, "Indiquez l'année sous la forme 2026-2027.");
        PageForm.Field<LocalDate> start = form.required("debut", LocalDate.class, "Indiquez le jour de la rentrée.");
        PageForm.Field<LocalDate> end = form.required("fin", LocalDate.class, "Indiquez le dernier jour de l'année scolaire.");
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (form.has(d.name())) {
                weekdays.add(d);
            }
        }
        if (weekdays.isEmpty()) {
            form.error("jours", "Cochez au moins un jour d'école.");
        }
        List<HolidayRow> rows = holidayRows(ctx);
        List<HolidayPeriod> holidays = holidays(rows, form);
        PageForm.Field<List<LocalDate>> closures = form.list("fermetures", LocalDate.class, typed -> "«\u00a0" + typed + "\u00a0» n'est pas une date.");
        form.submit(() -> setSchoolYear.set(actor, new SetSchoolYear.Command(label.get(), start.get(), end.get(), weekdays, holidays,
                        new LinkedHashSet<>(closures.get()))))
                .then(ignored -> Pages.redirect(ctx, "/agents/cantine/annees?annee=" + label.get(), "Année scolaire " + label.get() + " enregistrée."))
                .orShow(errors -> {
                    Map<String, String> values = new HashMap<>(form.values());
                    values.put("fermetures", form.lines("fermetures"));
                    years(ctx, Pages.context(ctx, "Années scolaires").withErrors(errors), values, rows);
                });
    }

    /** The holidays' rows as posted: the three fields repeated, in the order of the page. */
    private static List<HolidayRow> holidayRows(Context ctx) {
        List<String> labels = ctx.formParams("vacances-nom");
        List<String> froms = ctx.formParams("vacances-du");
        List<String> tos = ctx.formParams("vacances-au");
        List<HolidayRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(labels.size(), Math.max(froms.size(), tos.size())); i++) {
            rows.add(new HolidayRow(at(labels, i), at(froms, i), at(tos, i)));
        }
        return rows;
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i).strip() : "";
    }

    /** Each filled row a named period; a row half filled in is reported with its number. */
    private static List<HolidayPeriod> holidays(List<HolidayRow> rows, PageForm form) {
        List<HolidayPeriod> holidays = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            HolidayRow row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            try {
                LocalDate from = LocalDate.parse(row.from());
                LocalDate to = LocalDate.parse(row.to());
                if (row.label().isEmpty()) {
                    form.error("vacances", "Période " + (i + 1) + "\u00a0: indiquez son nom (par exemple «\u00a0Toussaint\u00a0»).");
                } else if (to.isBefore(from)) {
                    form.error("vacances", "Période " + (i + 1) + "\u00a0: le dernier jour précède le premier.");
                } else {
                    holidays.add(new HolidayPeriod(from, to, row.label()));
                }
            } catch (DateTimeParseException e) {
                form.error("vacances", "Période " + (i + 1) + "\u00a0: indiquez son premier et son dernier jour.");
            }
        }
        return holidays;
    }

    // --- enrolments

    private void enrolments(Context ctx) {
        List<School> all = schools.all();
        Optional<School> school = SchoolId.parse(ctx.queryParam("ecole")).flatMap(schools::byId)
                .or(() -> all.stream().findFirst());
        List<SchoolYear> years = schoolYears.all();
        Optional<SchoolYear> year = SchoolYearLabel.parse(ctx.queryParam("annee")).flatMap(schoolYears::byLabel)
                .or(() -> schoolYears.calendar().yearOf(LocalDate.now(clock)))
                .or(() -> years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1)));
        Pages.render(ctx, "canteen/enrolments.jte", Pages.context(ctx, "Inscriptions à la cantine"), Map.of(
                "schools", all, "school", school, "years", years, "year", year,
                "pupils", school.map(s -> pupils.ofSchool(s.id())).orElse(List.of())));
    }

    private void enrolChild(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId child = ChildId.parse(ctx.formParam("enfant")).orElseThrow(Refusals::notFound);
        SchoolYearLabel year = SchoolYearLabel.parse(ctx.formParam("annee")).orElseThrow(Refusals::notFound);
        String back = "/agents/cantine/inscriptions?ecole=" + ctx.formParam("ecole") + "&annee=" + year;
        PageForm.of(ctx).submit(() -> enrol.enrol(actor, new EnrolInCanteen.Command(child, year)))
                .redirect(back + "#c-" + child, "Enfant inscrit à la cantine pour " + year + ".")
                .orRedirect(back + "#c-" + child);
    }

    // --- attendance

    private LocalDate dayParam(String text) {
        try {
            return text == null || text.isBlank() ? LocalDate.now(clock) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    private void attendance(Context ctx) {
        Actor actor = Pages.actor(ctx);
        List<School> all = schools.all();
        Optional<School> school = SchoolId.parse(ctx.queryParam("ecole")).flatMap(schools::byId);
        LocalDate day = dayParam(ctx.queryParam("date"));
        Optional<AttendanceSheet> sheet = school.map(s -> readSheet.read(actor, s.id(), day));
        Pages.render(ctx, "canteen/attendance.jte", Pages.context(ctx, "Pointage"), Map.of("schools", all, "school", school,
                "day", day, "sheet", sheet, "open", !day.isAfter(LocalDate.now(clock)) && sheet.map(AttendanceSheet::serviceDay).orElse(false),
                "allPresent", "oui".equals(ctx.queryParam("tous"))));
    }

    /**
     * One submit for the whole sheet: the ticked children ({@code present}, their ids) are present; the
     * other children the sheet expects ({@code enfant}: booked or already checked) are absent.
     */
    private void mark(Context ctx) {
        Actor actor = Pages.actor(ctx);
        SchoolId school = SchoolId.parse(ctx.formParam("ecole")).orElseThrow(Refusals::notFound);
        LocalDate day = date(ctx.formParam("date"), "date");
        java.util.Set<String> present = new java.util.HashSet<>(ctx.formParams("present"));
        java.util.Set<String> listed = new java.util.LinkedHashSet<>(ctx.formParams("enfant"));
        listed.addAll(ctx.formParams("present"));
        List<CheckAttendance.Mark> marks = listed.stream()
                .map(id -> new CheckAttendance.Mark(ChildId.parse(id).orElseThrow(Refusals::notFound), present.contains(id))).toList();
        String back = "/agents/cantine/pointage?ecole=" + school + "&date=" + day;
        long count = marks.stream().filter(CheckAttendance.Mark::present).count();
        PageForm.of(ctx).submit(() -> checkAttendance.check(actor, new CheckAttendance.Command(school, day, marks)))
                .redirect(back, "Pointage enregistré\u00a0: " + FrenchText.count(count, "enfant présent", "enfants présents") + ", "
                        + FrenchText.count(marks.size() - count, "absent", "absents") + ".")
                .orRedirect(back);
    }

    // --- headcounts

    /** The days asked for, as typed: the use case refuses an inverted or too long range beside its field. */
    private record AskedDays(LocalDate from, LocalDate to) {
    }

    private AskedDays asked(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = dayParam(ctx.queryParam("du"));
        LocalDate to = ctx.queryParam("au") == null || ctx.queryParam("au").isBlank() ? from.plusDays(13) : dayParam(ctx.queryParam("au"));
        return new AskedDays(from == null ? today : from, to);
    }

    private void headcounts(Context ctx) {
        Actor actor = Pages.actor(ctx);
        AskedDays asked = asked(ctx);
        PageContext page = Pages.context(ctx, "Effectifs");
        java.util.function.BiConsumer<PageContext, List<ReadHeadcounts.Headcount>> show = (shown, counts) -> Pages.render(ctx,
                "canteen/headcounts.jte", shown, Map.of("from", asked.from(), "to", asked.to(), "lines", HeadcountLines.withTownTotals(counts)));
        PageForm.of(ctx).fields(Map.of("from", "du", "to", "au")).fallback("au")
                .submit(() -> headcounts.read(actor, asked.from(), asked.to()))
                .then(counts -> show.accept(page, counts))
                .orShow(errors -> show.accept(page.withErrors(errors), List.of()));
    }

    private void headcountsCsv(Context ctx) {
        Actor actor = Pages.actor(ctx);
        AskedDays asked = asked(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"effectifs-" + asked.from() + "-" + asked.to() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(HeadcountsCsv.forKitchen(headcounts.read(actor, asked.from(), asked.to())));
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.invalid(field, "indiquez une date");
        }
    }
}
