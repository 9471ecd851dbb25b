package fr.espacefamille.adapter.http.calendar;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code PUT /admin/school-years/{label}} (replaces the year) and {@code GET /admin/school-years}. */
public final class SchoolYearApi implements Feature {

    private final SetSchoolYear setSchoolYear;
    private final SchoolYears schoolYears;

    public SchoolYearApi(SetSchoolYear setSchoolYear, SchoolYears schoolYears) {
        this.setSchoolYear = setSchoolYear;
        this.schoolYears = schoolYears;
    }

    record HolidayBody(LocalDate from, LocalDate to, String label) {
    }

    record SchoolYearBody(LocalDate start, LocalDate end, List<DayOfWeek> weekdays, List<HolidayBody> holidays,
            List<LocalDate> closures) {
    }

    record SchoolYearJson(String label, LocalDate start, LocalDate end, List<DayOfWeek> weekdays, List<HolidayPeriod> holidays,
            List<LocalDate> closures) {
        static SchoolYearJson of(SchoolYear y) {
            return new SchoolYearJson(y.label().toString(), y.start(), y.end(), new TreeSet<>(y.weekdays()).stream().toList(),
                    y.holidays(), List.copyOf(y.closures()));
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put(API + "/admin/school-years/{label}", this::put, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/admin/school-years", this::list, Access.staff(Role.SCHOOL_AGENT));
    }

    private void put(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolYearLabel label = SchoolYearLabel.parse(ctx.pathParam("label"))
                .orElseThrow(() -> Refusals.invalid("label", "année scolaire attendue sous la forme 2026-2027"));
        SchoolYearBody body = Web.body(ctx, SchoolYearBody.class);
        Web.required(body.start(), "start");
        Web.required(body.end(), "end");
        List<HolidayPeriod> holidays = new ArrayList<>();
        List<HolidayBody> given = body.holidays() == null ? List.of() : body.holidays();
        for (int i = 0; i < given.size(); i++) {
            String field = "holidays[" + i + "]";
            HolidayBody h = Web.required(given.get(i), field);
            Web.required(h.from(), field + ".from");
            Web.required(h.to(), field + ".to");
            Web.required(h.label(), field + ".label");
            if (h.to().isBefore(h.from())) {
                throw Refusals.invalid(field + ".to", "la fin des vacances précède leur début");
            }
            holidays.add(new HolidayPeriod(h.from(), h.to(), h.label()));
        }
        if (body.weekdays() != null && body.weekdays().contains(null)) {
            throw Refusals.invalid("weekdays", "jour de la semaine manquant");
        }
        if (body.closures() != null && body.closures().contains(null)) {
            throw Refusals.invalid("closures", "date manquante");
        }
        SchoolYear year = setSchoolYear.set(actor, new SetSchoolYear.Command(label, body.start(), body.end(),
                body.weekdays() == null ? Set.of() : Set.copyOf(body.weekdays()), holidays,
                body.closures() == null ? Set.of() : Set.copyOf(body.closures())));
        ctx.json(SchoolYearJson.of(year));
    }

    private void list(Context ctx) {
        ctx.json(schoolYears.all().stream().map(SchoolYearJson::of).toList());
    }
}
