package fr.espacefamille.adapter.http.canteen;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ReadMealPrice;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CancelCanteenDay;
import fr.espacefamille.application.canteen.ListCanteenAbsences;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.family.ListChildren;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The parents' canteen pages, usable without JavaScript: the month of a child with one small form
 * per day to book or cancel until the deadline, the weekly pattern, and the absence form with the
 * certificate's upload.
 */
public final class CanteenPages implements Feature {

    static final Set<DayOfWeek> PATTERN_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    private static final Map<String, String> PATTERN_FIELDS = Map.of("from", "du", "to", "au", "weekdays", "jours");
    private static final Map<String, String> ABSENCE_FIELDS = Map.of("from", "du", "to", "au", "reason", "motif",
            "documentId", "certificat", "file", "certificat");

    private final ListChildren listChildren;
    private final ReadCanteenDays readDays;
    private final BookCanteenDay book;
    private final CancelCanteenDay cancel;
    private final BookWeeklyPattern pattern;
    private final ReportCanteenAbsence reportAbsence;
    private final AbsenceCertificate certificates;
    private final ListCanteenAbsences absences;
    private final ReadMealPrice mealPrice;
    private final Clock clock;

    public CanteenPages(ListChildren listChildren, ReadCanteenDays readDays, BookCanteenDay book, CancelCanteenDay cancel,
            BookWeeklyPattern pattern, ReportCanteenAbsence reportAbsence, AbsenceCertificate certificates, ListCanteenAbsences absences,
            ReadMealPrice mealPrice, Clock clock) {
        this.listChildren = listChildren;
        this.readDays = readDays;
        this.book = book;
        this.cancel = cancel;
        this.pattern = pattern;
        this.reportAbsence = reportAbsence;
        this.certificates = certificates;
        this.absences = absences;
        this.mealPrice = mealPrice;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/espace/cantine", this::children);
        routes.get("/espace/enfants/{childId}/cantine", ctx -> month(ctx, Pages.context(ctx, "Cantine"), monthParam(ctx.queryParam("mois"))));
        routes.post("/espace/enfants/{childId}/cantine/jour/{date}", this::change);
        routes.get("/espace/enfants/{childId}/cantine/semaine-type", ctx -> patternForm(ctx, Pages.context(ctx, "Semaine type"),
                defaults(ctx), null));
        routes.post("/espace/enfants/{childId}/cantine/semaine-type", this::bookPattern);
        routes.get("/espace/enfants/{childId}/cantine/absence", ctx -> absenceForm(ctx, Pages.context(ctx, "Signaler une absence"),
                Map.of("du", LocalDate.now(clock).toString(), "au", LocalDate.now(clock).toString()), null));
        routes.post("/espace/enfants/{childId}/cantine/absence", this::report);
    }

    private void children(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pages.render(ctx, "canteen/children.jte", Pages.context(ctx, "Cantine"), Map.of("children", listChildren.list(actor)));
    }

    private Pupil child(Context ctx) {
        return readDays.child(Pages.actor(ctx), Web.pathId(ctx, "childId", ChildId::parse));
    }

    private YearMonth monthParam(String text) {
        try {
            return text == null || text.isBlank() ? YearMonth.now(clock) : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }

    /**
     * A line of the month: a weekday of the child's canteen, or a stretch of consecutive days without
     * canteen for the same reason (« Vacances de la Toussaint », from {@code day} to {@code until}).
     */
    public record MonthLine(ReadCanteenDays.Day day, LocalDate until) {
    }

    /**
     * The month from today on (the whole month when asked with {@code depuis=1} or for another month),
     * weekends without canteen left out, and each stretch of days closed for one reason on one line.
     */
    private void month(Context ctx, PageContext page, YearMonth month) {
        Actor actor = Pages.actor(ctx);
        Pupil pupil = child(ctx);
        LocalDate today = LocalDate.now(clock);
        boolean fromToday = YearMonth.from(today).equals(month) && ctx.queryParam("depuis") == null;
        LocalDate from = fromToday ? today : month.atDay(1);
        boolean enrolled = readDays.enrolledDuring(actor, pupil.id(), from, month.atEndOfMonth());
        List<MonthLine> lines = enrolled ? lines(readDays.read(actor, pupil.id(), from, month.atEndOfMonth())) : List.of();
        Pages.render(ctx, "canteen/month.jte", page.withTitle("Cantine " + FrenchText.of(pupil.firstName()) + " — " + French.month(month)),
                Map.of("pupil", pupil, "month", month, "lines", lines, "enrolled", enrolled, "fromToday", fromToday,
                        "price", mealPrice.of(actor, pupil.family(), from)));
    }

    static List<MonthLine> lines(List<ReadCanteenDays.Day> days) {
        List<MonthLine> lines = new ArrayList<>();
        for (ReadCanteenDays.Day day : days) {
            boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
            if (weekend && day.status() == CanteenDayStatus.NO_SERVICE) {
                continue;
            }
            MonthLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && day.closure() != null && day.closure().equals(last.day().closure()) && !day.closure().startsWith("Pas de classe")) {
                lines.set(lines.size() - 1, new MonthLine(last.day(), day.date()));
            } else {
                lines.add(new MonthLine(day, null));
            }
        }
        return lines;
    }

    private void change(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pupil pupil = child(ctx);
        LocalDate day;
        try {
            day = LocalDate.parse(ctx.pathParam("date"));
        } catch (DateTimeParseException e) {
            throw Refusals.notFound();
        }
        boolean booking = "reserver".equals(ctx.formParam("action"));
        String back = "/espace/enfants/" + pupil.id() + "/cantine?mois=" + YearMonth.from(day);
        PageForm.of(ctx).fallback("j-" + day).submit(() -> {
            if (booking) {
                book.book(actor, new BookCanteenDay.Command(pupil.id(), day));
            } else {
                cancel.cancel(actor, new CancelCanteenDay.Command(pupil.id(), day));
            }
        }).redirect(back + "#j-" + day, "Repas du " + French.day(day) + (booking ? " réservé." : " annulé."))
                .orShow(errors -> month(ctx, Pages.context(ctx, "Cantine").withErrors(errors), YearMonth.from(day)));
    }

    private Map<String, String> defaults(Context ctx) {
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(DayOfWeek.MONDAY);
        Map<String, String> values = new HashMap<>();
        values.put("du", monday.toString());
        values.put("au", monday.plusWeeks(4).minusDays(3).toString());
        values.put("periode", "annee");
        for (DayOfWeek d : EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            values.put(d.name(), "on");
        }
        return values;
    }

    private void patternForm(Context ctx, PageContext page, Map<String, String> values, BookWeeklyPattern.Result result) {
        Pupil pupil = child(ctx);
        Pages.render(ctx, "canteen/pattern.jte", page.withTitle("Semaine type " + FrenchText.of(pupil.firstName())),
                Map.of("pupil", pupil, "values", values, "weekdays", PATTERN_DAYS, "result", java.util.Optional.ofNullable(result),
                        "yearEnd", pattern.restOfYearEnd(LocalDate.now(clock).plusDays(1))));
    }

    /** The pattern over the rest of the school year (the default), or between two dates of at most 93 days. */
    private void bookPattern(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pupil pupil = child(ctx);
        PageForm form = PageForm.of(ctx).fields(PATTERN_FIELDS).fallback("du");
        boolean restOfYear = !"dates".equals(form.text("periode"));
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        PATTERN_DAYS.stream().filter(d -> form.has(d.name())).forEach(weekdays::add);
        PageForm.Field<LocalDate> from = restOfYear ? null : form.required("du", LocalDate.class, "Indiquez la date de début.");
        PageForm.Field<LocalDate> to = restOfYear ? null : form.required("au", LocalDate.class, "Indiquez la date de fin.");
        form.submit(() -> restOfYear ? pattern.bookRestOfYear(actor, pupil.id(), weekdays)
                        : pattern.book(actor, new BookWeeklyPattern.Command(pupil.id(), from.get(), to.get(), weekdays)))
                .then(result -> patternForm(ctx, Pages.context(ctx, "Semaine type"), form.values(), result))
                .orShow(errors -> patternForm(ctx, Pages.context(ctx, "Semaine type").withErrors(errors), form.values(), null));
    }

    private void absenceForm(Context ctx, PageContext page, Map<String, String> values, ReportCanteenAbsence.Result result) {
        Pupil pupil = child(ctx);
        Pages.render(ctx, "canteen/absence.jte", page.withTitle("Signaler une absence de " + pupil.firstName()),
                Map.of("pupil", pupil, "values", values, "reasons", AbsenceReason.values(), "result", java.util.Optional.ofNullable(result),
                        "past", absences.of(Pages.actor(ctx), pupil.id())));
    }

    private void report(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pupil pupil = child(ctx);
        Map<String, String> values = values(ctx, "du", "au", "motif");
        PageForm form = PageForm.of(ctx).fields(ABSENCE_FIELDS).fallback("du");
        form.submit(() -> {
            LocalDate from = date(values.get("du"), "from");
            LocalDate to = date(values.get("au"), "to");
            AbsenceReason reason = reason(values.get("motif"));
            DocumentId certificate = certificates.upload(ctx, actor,
                    reason == AbsenceReason.ILLNESS ? DocumentKind.MEDICAL_CERTIFICATE : DocumentKind.OTHER);
            return certificates.report(actor, certificate,
                    () -> reportAbsence.report(actor, new ReportCanteenAbsence.Command(pupil.id(), from, to, reason, certificate)));
        }).then(result -> absenceForm(ctx, Pages.context(ctx, "Absence enregistrée"), values, result))
                .orShow(errors -> absenceForm(ctx, Pages.context(ctx, "Signaler une absence").withErrors(errors), values, null));
    }

    private static AbsenceReason reason(String text) {
        try {
            return AbsenceReason.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusals.invalid("reason", "choisissez le motif de l'absence");
        }
    }

    /** The form's fields, stripped, "" when absent: what the form shows again after an error. */
    private static Map<String, String> values(Context ctx, String... names) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            String value = ctx.formParam(name);
            values.put(name, value == null ? "" : value.strip());
        }
        return values;
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusals.invalid(field, "indiquez une date");
        }
    }
}
