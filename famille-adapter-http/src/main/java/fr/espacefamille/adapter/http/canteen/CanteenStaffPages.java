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

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Problems;
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
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The canteen staff's pages: school years, canteen enrolments, the attendance check made for a
 * tablet in the dining hall (one form per child, one tap), and the kitchen's headcounts.
 */
public final class CanteenStaffPages implements Feature {

    private static final Map<String, String> YEAR_FIELDS = Map.of("label", "annee", "start", "debut", "end", "fin",
            "closures", "fermetures", "weekdays", "jours", "holidays", "vacances");

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
        routes.get("/agents/cantine", ctx -> {
            agent(ctx);
            Pages.render(ctx, "canteen/staff-home.jte", Pages.context(ctx, "Restauration scolaire"),
                    Map.of("schools", schools.all(), "today", LocalDate.now(clock)));
        });
        routes.get("/agents/cantine/annees", ctx -> years(ctx, Pages.context(ctx, "Années scolaires"), yearValues(ctx.queryParam("annee"))));
        routes.post("/agents/cantine/annees", this::saveYear);
        routes.get("/agents/cantine/inscriptions", this::enrolments);
        routes.post("/agents/cantine/inscriptions", this::enrolChild);
        routes.get("/agents/cantine/pointage", this::attendance);
        routes.post("/agents/cantine/pointage", this::mark);
        routes.get("/agents/cantine/effectifs", this::headcounts);
        routes.get("/agents/cantine/effectifs.csv", this::headcountsCsv);
    }

    private static Actor agent(Context ctx) {
        Actor actor = Pages.actor(ctx);
        actor.require(Role.SCHOOL_AGENT);
        return actor;
    }

    // --- school years

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
        values.put("vacances", y.holidays().stream().map(h -> h.from() + " " + h.to() + " " + h.label()).collect(Collectors.joining("\n")));
        values.put("fermetures", y.closures().stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
        return values;
    }

    private void years(Context ctx, PageContext page, Map<String, String> values) {
        agent(ctx);
        Pages.render(ctx, "canteen/years.jte", page, Map.of("years", schoolYears.all(), "values", values,
                "weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)));
    }

    private void saveYear(Context ctx) {
        Actor actor = agent(ctx);
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("annee", "debut", "fin", "vacances", "fermetures")) {
            values.put(field, ctx.formParam(field) == null ? "" : ctx.formParam(field).strip());
        }
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (ctx.formParam(d.name()) != null) {
                weekdays.add(d);
                values.put(d.name(), "on");
            }
        }
        try {
            SchoolYearLabel label = SchoolYearLabel.parse(values.get("annee"))
                    .orElseThrow(() -> Refusals.invalid("label", "indiquez l'année sous la forme 2026-2027"));
            LocalDate start = date(values.get("debut"), "start");
            LocalDate end = date(values.get("fin"), "end");
            if (weekdays.isEmpty()) {
                throw Refusals.invalid("weekdays", "cochez au moins un jour d'école");
            }
            setSchoolYear.set(actor, new SetSchoolYear.Command(label, start, end, weekdays, holidays(values.get("vacances")),
                    closures(values.get("fermetures"))));
            Pages.redirect(ctx, "/agents/cantine/annees?annee=" + label, "Année scolaire " + label + " enregistrée.");
        } catch (RefusedException e) {
            ctx.status(Problems.status(e.refusal().kind()));
            years(ctx, Pages.context(ctx, "Années scolaires").withErrors(List.of(PageForm.of(ctx).fields(YEAR_FIELDS).fallback("annee").beside(e.refusal()))), values);
        }
    }

    /** One holiday per line: « 2026-10-17 2026-11-01 Toussaint ». */
    private static List<HolidayPeriod> holidays(String text) {
        List<HolidayPeriod> holidays = new ArrayList<>();
        int line = 0;
        for (String row : text.split("\\R")) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            String[] parts = row.strip().split("\\s+", 3);
            try {
                LocalDate from = LocalDate.parse(parts[0]);
                LocalDate to = LocalDate.parse(parts[1]);
                if (to.isBefore(from) || parts.length < 3) {
                    throw new DateTimeParseException("order", row, 0);
                }
                holidays.add(new HolidayPeriod(from, to, parts[2]));
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw Refusals.invalid("holidays", "ligne " + line + " : écrivez « début fin nom », par exemple « 2026-10-17 2026-11-01 Toussaint »");
            }
        }
        return holidays;
    }

    private static Set<LocalDate> closures(String text) {
        Set<LocalDate> closures = new LinkedHashSet<>();
        for (String word : text.split("[\\s,;]+")) {
            if (!word.isBlank()) {
                closures.add(date(word, "closures"));
            }
        }
        return closures;
    }

    // --- enrolments

    private void enrolments(Context ctx) {
        agent(ctx);
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
        Actor actor = agent(ctx);
        ChildId child = ChildId.parse(ctx.formParam("enfant")).orElseThrow(Refusals::notFound);
        SchoolYearLabel year = SchoolYearLabel.parse(ctx.formParam("annee")).orElseThrow(Refusals::notFound);
        String back = "/agents/cantine/inscriptions?ecole=" + ctx.formParam("ecole") + "&annee=" + year;
        try {
            enrol.enrol(actor, new EnrolInCanteen.Command(child, year));
            Pages.redirect(ctx, back + "#c-" + child, "Enfant inscrit à la cantine pour " + year + ".");
        } catch (RefusedException e) {
            Pages.redirect(ctx, back + "#c-" + child, e.refusal().message());
        }
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
        Actor actor = agent(ctx);
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
        Actor actor = agent(ctx);
        SchoolId school = SchoolId.parse(ctx.formParam("ecole")).orElseThrow(Refusals::notFound);
        LocalDate day = date(ctx.formParam("date"), "date");
        java.util.Set<String> present = new java.util.HashSet<>(ctx.formParams("present"));
        java.util.Set<String> listed = new java.util.LinkedHashSet<>(ctx.formParams("enfant"));
        listed.addAll(ctx.formParams("present"));
        List<CheckAttendance.Mark> marks = listed.stream()
                .map(id -> new CheckAttendance.Mark(ChildId.parse(id).orElseThrow(Refusals::notFound), present.contains(id))).toList();
        String back = "/agents/cantine/pointage?ecole=" + school + "&date=" + day;
        try {
            checkAttendance.check(actor, new CheckAttendance.Command(school, day, marks));
            long count = marks.stream().filter(CheckAttendance.Mark::present).count();
            Pages.redirect(ctx, back, "Pointage enregistré\u00a0: " + FrenchText.count(count, "enfant présent", "enfants présents") + ", "
                    + FrenchText.count(marks.size() - count, "absent", "absents") + ".");
        } catch (RefusedException e) {
            Pages.redirect(ctx, back, e.refusal().message());
        }
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
        Actor actor = agent(ctx);
        AskedDays asked = asked(ctx);
        PageContext page = Pages.context(ctx, "Effectifs");
        List<ReadHeadcounts.Headcount> counts = List.of();
        try {
            counts = headcounts.read(actor, asked.from(), asked.to());
        } catch (RefusedException e) {
            ctx.status(Problems.status(e.refusal().kind()));
            page = page.withErrors(List.of(PageForm.of(ctx).fields(Map.of("from", "du", "to", "au")).fallback("au").beside(e.refusal())));
        }
        Pages.render(ctx, "canteen/headcounts.jte", page, Map.of("from", asked.from(), "to", asked.to(),
                "lines", HeadcountLines.withTownTotals(counts)));
    }

    private void headcountsCsv(Context ctx) {
        Actor actor = agent(ctx);
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
