package fr.espacefamille.adapter.http.nursery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.http.nursery.NurseryJson.IdJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.OccasionalBody;
import fr.espacefamille.adapter.http.nursery.NurseryJson.RegularBody;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.shared.FrenchText;

/**
 * The nursery branches of {@code POST /admin/children/{id}/enrolments}: each reads the body of its
 * service and answers the new enrolment's id. The endpoint itself dispatches on {@code service}.
 */
public final class NurseryEnrolmentHandlers {

    private static final ObjectMapper JSON = HttpApp.objectMapper();

    private final RegisterRegularContract registerContract;
    private final RegisterOccasionalCare registerOccasional;

    public NurseryEnrolmentHandlers(RegisterRegularContract registerContract, RegisterOccasionalCare registerOccasional) {
        this.registerContract = registerContract;
        this.registerOccasional = registerOccasional;
    }

    /** {@code {service:"NURSERY_REGULAR", from, to, schedule:{MONDAY:{start, end}, …}, congesWeeks?:[…]}}. */
    public IdJson regular(Actor actor, ChildId child, JsonNode json) throws java.io.IOException {
        actor.require(Role.NURSERY_AGENT);
        RegularBody body = JSON.treeToValue(json, RegularBody.class);
        LocalDate from = Web.required(body.from(), "from");
        LocalDate to = Web.required(body.to(), "to");
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", "la fin du contrat précède son début");
        }
        Map<DayOfWeek, DailyHours> days = schedule(body.schedule());
        List<CongesWeek> weeks = new ArrayList<>();
        List<String> congesWeeks = body.congesWeeks() == null ? List.of() : body.congesWeeks();
        for (int i = 0; i < congesWeeks.size(); i++) {
            String field = "congesWeeks[" + i + "]";
            try {
                CongesWeek week = CongesWeek.parse(congesWeeks.get(i));
                if (week.monday().plusDays(6).isBefore(from) || week.monday().isAfter(to)) {
                    throw new IllegalArgumentException("la semaine du " + FrenchText.date(week.monday()) + " est hors de la période du contrat");
                }
                weeks.add(week);
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(field, e.getMessage());
            }
        }
        var id = registerContract.register(actor, new RegisterRegularContract.Command(child, from, to, days, weeks));
        return new IdJson(id.toString());
    }

    /** A weekly schedule {@code {MONDAY:{start, end}, …}}: weekdays only, inside opening hours; 400 naming the field otherwise. */
    public static Map<DayOfWeek, DailyHours> schedule(Map<String, HoursBody> schedule) {
        Web.required(schedule, "schedule");
        if (schedule.isEmpty()) {
            throw Refusals.invalid("schedule", "indiquez au moins un jour d'accueil");
        }
        Map<DayOfWeek, DailyHours> days = new EnumMap<>(DayOfWeek.class);
        schedule.forEach((day, hours) -> {
            String field = "schedule." + day;
            DayOfWeek weekday = Web.enumValue(DayOfWeek.class, day, field);
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                throw Refusals.invalid(field, "le multi-accueil est fermé le samedi et le dimanche");
            }
            Web.required(hours, field);
            try {
                days.put(weekday, new DailyHours(Web.required(hours.start(), field + ".start"), Web.required(hours.end(), field + ".end")));
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(field, e.getMessage());
            }
        });
        return days;
    }

    /** {@code {service:"NURSERY_OCCASIONAL", from, to}}. */
    public IdJson occasional(Actor actor, ChildId child, JsonNode json) throws java.io.IOException {
        actor.require(Role.NURSERY_AGENT);
        OccasionalBody body = JSON.treeToValue(json, OccasionalBody.class);
        var id = registerOccasional.register(actor, new RegisterOccasionalCare.Command(child,
                Web.required(body.from(), "from"), Web.required(body.to(), "to")));
        return new IdJson(id.toString());
    }
}
