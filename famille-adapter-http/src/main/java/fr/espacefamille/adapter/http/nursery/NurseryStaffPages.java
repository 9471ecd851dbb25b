package fr.espacefamille.adapter.http.nursery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.nursery.EndRegularContract;
import fr.espacefamille.application.nursery.RecordNurseryAttendance;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.nursery.UpdateNurserySettings;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.NurserySettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

/**
 * Nursery staff pages: settings (places, closures), contracts (register, end), occasional-care
 * registration, the attendance sheet at the door (made for a tablet: one tap per child) and the
 * waiting lists.
 */
public final class NurseryStaffPages implements Feature {

    static final String HOME = "/agents/creche";
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);

    private static final RouteRole[] AGENTS = Access.staff(Role.NURSERY_AGENT);
    private final NurseryUseCases nursery;

    public NurseryStaffPages(NurseryUseCases nursery) {
        this.nursery = nursery;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(HOME, this::hub, AGENTS);
        routes.get(HOME + "/parametres", ctx -> settingsForm(ctx, Pages.context(ctx, "Paramètres du multi-accueil"), null, 200), AGENTS);
        routes.post(HOME + "/parametres", this::saveSettings, AGENTS);
        routes.get(HOME + "/contrats", this::contracts, AGENTS);
        routes.post(HOME + "/contrats/{id}/fin", this::endContract, AGENTS);
        routes.get(HOME + "/inscription", this::searchChild, AGENTS);
        routes.get(HOME + "/inscription/{childId}", ctx -> enrolForm(ctx, Pages.context(ctx, "Inscription au multi-accueil"), Map.of(), 200), AGENTS);
        routes.post(HOME + "/inscription/{childId}/contrat", this::registerContract, AGENTS);
        routes.post(HOME + "/inscription/{childId}/occasionnel", this::registerOccasional, AGENTS);
        routes.get(HOME + "/pointage", this::daySheet, AGENTS);
        routes.post(HOME + "/pointage/{childId}/arrivee", ctx -> tap(ctx, true), AGENTS);
        routes.post(HOME + "/pointage/{childId}/depart", ctx -> tap(ctx, false), AGENTS);
        routes.post(HOME + "/pointage/{childId}", this::editTimes, AGENTS);
        routes.get(HOME + "/attente", this::waitingLists, AGENTS);
        routes.post(HOME + "/attente/{childId}/{bookingId}/annuler", this::cancelWaiting, AGENTS);
    }

    private static final String PLACES = "Indiquez un nombre de places entre 0 et " + NurserySettings.MAX_PLACES + ".";

    private LocalDate today() {
        return LocalDate.now(nursery.clock());
    }

    private void hub(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pages.render(ctx, "nursery/staff-home.jte", Pages.context(ctx, "Multi-accueil"), Map.of(
                "settings", nursery.settings().current(), "contracts", nursery.contracts().current(actor).size(),
                "waiting", nursery.waitingLists().coming(actor).values().stream().mapToInt(List::size).sum()));
    }

    private void settingsForm(Context ctx, PageContext page, Map<String, String> values, int status) {
        var current = nursery.settings().current();
        Map<String, String> shown = values != null ? values : Map.of("places", String.valueOf(current.placesPerSlot()),
                "closures", String.join("\n", current.closures().stream().map(LocalDate::toString).toList()));
        ctx.status(status);
        List<LocalDate> coming = current.closures().stream().filter(d -> !d.isBefore(today())).sorted().toList();
        Pages.render(ctx, "nursery/settings.jte", page, Map.of("values", shown, "closures", coming));
    }

    private void saveSettings(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("places");
        PageForm.Field<Integer> places = form.required("places", Integer.class, PLACES)
                .check(NurserySettings::allowsPlaces, PLACES);
        PageForm.Field<List<LocalDate>> closures = form.list("closures", LocalDate.class,
                typed -> "«\u00a0" + typed + "\u00a0» n'est pas une date.");
        form.submit(() -> nursery.settings().update(actor, new UpdateNurserySettings.Command(places.get(), closures.get())))
                .redirect(HOME + "/parametres", "Paramètres enregistrés.")
                .orShow(errors -> settingsForm(ctx, Pages.context(ctx, "Paramètres du multi-accueil").withErrors(errors),
                        Map.of("places", form.values().getOrDefault("places", ""), "closures", form.lines("closures")),
                        422));
    }

    private void contracts(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pages.render(ctx, "nursery/contracts.jte", Pages.context(ctx, "Contrats d'accueil régulier"),
                Map.of("contracts", nursery.contracts().current(actor), "today", today(), "weekdays", WEEKDAYS));
    }

    private void endContract(Context ctx) {
        Actor actor = Pages.actor(ctx);
        EnrolmentId id = Web.pathId(ctx, "id", EnrolmentId::parse);
        PageForm form = PageForm.of(ctx).fallback("lastDay");
        PageForm.Field<LocalDate> lastDay = form.required("lastDay", LocalDate.class, "Indiquez le dernier jour du contrat.");
        form.submit(() -> nursery.endContract().end(actor, new EndRegularContract.Command(id, lastDay.get())))
                .then(ended -> Pages.redirect(ctx, HOME + "/contrats", "Contrat terminé le " + French.date(ended.to()) + "."))
                .orRedirect(HOME + "/contrats");
    }

    private void searchChild(Context ctx) {
        Actor actor = Pages.actor(ctx);
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        List<Family> families = q.isBlank() ? List.of() : nursery.findFamily().search(actor, q);
        Pages.render(ctx, "nursery/enrol-search.jte", Pages.context(ctx, "Inscrire un enfant au multi-accueil"),
                Map.of("q", q, "families", families));
    }

    private Child findChild(ChildId id) {
        return nursery.families().byChild(id).flatMap(f -> f.child(id)).orElseThrow(Refusals::notFound);
    }

    private void enrolForm(Context ctx, PageContext page, Map<String, String> values, int status) {
        ChildId id = Web.pathId(ctx, "childId", ChildId::parse);
        Child child = findChild(id);
        ctx.status(status);
        Pages.render(ctx, "nursery/enrol.jte", page.withTitle("Inscrire " + child.fullName() + " au multi-accueil"), Map.of(
                "child", child, "values", values, "weekdays", WEEKDAYS, "enrolments", nursery.enrolments().ofChild(id)));
    }

    private static Map<String, String> formValues(Context ctx) {
        Map<String, String> values = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        return values;
    }

    private void registerContract(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId id = Web.pathId(ctx, "childId", ChildId::parse);
        Map<String, String> values = formValues(ctx);
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = NurseryForms.date(values.get("from"), "from", "Indiquez le début du contrat.", errors);
        LocalDate to = NurseryForms.date(values.get("to"), "to", "Indiquez la fin du contrat.", errors);
        Map<DayOfWeek, DailyHours> schedule = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : WEEKDAYS) {
            String start = values.getOrDefault(day + "_start", "").strip();
            String end = values.getOrDefault(day + "_end", "").strip();
            if (start.isEmpty() && end.isEmpty()) {
                continue;
            }
            try {
                schedule.put(day, new DailyHours(LocalTime.parse(start), LocalTime.parse(end)));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(day + "_start", "Indiquez l'heure d'arrivée et l'heure de départ du " + NurseryLabels.dayName(day) + "."));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(day + "_start", NurseryLabels.dayName(day) + " : " + e.getMessage()));
            }
        }
        if (schedule.isEmpty() && errors.stream().noneMatch(e -> e.field().endsWith("_start"))) {
            errors.add(new FieldError("MONDAY_start", "Indiquez les horaires d'au moins un jour."));
        }
        values.put("congesWeeks", String.join("\n", ctx.formParams("congesWeeks")));
        List<CongesWeek> weeks = new ArrayList<>();
        for (String text : ctx.formParams("congesWeeks")) {
            if (text.isBlank()) {
                continue;
            }
            try {
                weeks.add(CongesWeek.containing(LocalDate.parse(text.strip())));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("congesWeeks", "«\u00a0" + text.strip() + "\u00a0» n'est pas une date."));
                break;
            }
        }
        PageForm form = PageForm.of(ctx).fallback("from").invalidValue("congesWeeks");
        errors.forEach(error -> form.error(error.field(), error.message()));
        form.submit(() -> nursery.registerContract().register(actor, new RegisterRegularContract.Command(id, from, to, schedule, weeks)))
                .redirect(HOME + "/contrats", "Contrat enregistré.")
                .orShow(found -> enrolForm(ctx, Pages.context(ctx, "Inscription").withErrors(found), values, 422));
    }

    private void registerOccasional(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId id = Web.pathId(ctx, "childId", ChildId::parse);
        Map<String, String> values = formValues(ctx);
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = NurseryForms.date(values.get("occasionalFrom"), "occasionalFrom", "Indiquez le début de l'inscription.", errors);
        LocalDate to = NurseryForms.date(values.get("occasionalTo"), "occasionalTo", "Indiquez la fin de l'inscription.", errors);
        PageForm form = PageForm.of(ctx).fallback("occasionalFrom");
        errors.forEach(error -> form.error(error.field(), error.message()));
        form.submit(() -> nursery.registerOccasional().register(actor, new RegisterOccasionalCare.Command(id, from, to)))
                .redirect(HOME + "/inscription/" + id, "Inscription à l'accueil occasionnel enregistrée.")
                .orShow(found -> enrolForm(ctx, Pages.context(ctx, "Inscription").withErrors(found), values, 422));
    }

    private LocalDate sheetDate(Context ctx) {
        String text = ctx.queryParam("date") != null ? ctx.queryParam("date") : ctx.formParam("date");
        if (text == null || text.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return today();
        }
    }

    private void daySheet(Context ctx) {
        renderSheet(ctx, Pages.context(ctx, "Pointage"), sheetDate(ctx), 200);
    }

    private void renderSheet(Context ctx, PageContext page, LocalDate date, int status) {
        Actor actor = Pages.actor(ctx);
        ctx.status(status);
        Pages.render(ctx, "nursery/attendance.jte", page.withTitle("Pointage du " + French.date(date)), Map.of(
                "date", date, "today", today(), "open", nursery.settings().current().isOpen(date),
                "rows", nursery.daySheet().of(actor, date)));
    }

    private void tap(Context ctx, boolean arrival) {
        Actor actor = Pages.actor(ctx);
        ChildId child = Web.pathId(ctx, "childId", ChildId::parse);
        PageForm.of(ctx).fallback("enfant-" + child).submit(() -> {
            if (arrival) {
                nursery.attendance().arrivedNow(actor, child);
            } else {
                nursery.attendance().leftNow(actor, child);
            }
        }).redirect(HOME + "/pointage#enfant-" + child, null)
                .orShow(errors -> renderSheet(ctx, Pages.context(ctx, "Pointage").withErrors(errors), today(), 422));
    }

    private void editTimes(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId child = Web.pathId(ctx, "childId", ChildId::parse);
        LocalDate date = sheetDate(ctx);
        String field = "enfant-" + child;
        PageForm form = PageForm.of(ctx).field("arrival", field).field("departure", field).fallback(field);
        PageForm.Field<LocalTime> arrival = form.optional("arrival", LocalTime.class, "Heure invalide (hh:mm).");
        PageForm.Field<LocalTime> departure = form.optional("departure", LocalTime.class, "Heure invalide (hh:mm).");
        form.submit(() -> nursery.attendance().record(actor, date,
                        List.of(new RecordNurseryAttendance.Entry(child, arrival.get(), departure.get()))))
                .redirect(HOME + "/pointage?date=" + date + "#" + field, "Horaires enregistrés.")
                .orShow(errors -> renderSheet(ctx, Pages.context(ctx, "Pointage").withErrors(errors), date, 422));
    }

    private void waitingLists(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Pages.render(ctx, "nursery/waiting.jte", Pages.context(ctx, "Listes d'attente"),
                Map.of("lists", nursery.waitingLists().coming(actor), "zone", nursery.clock().getZone()));
    }

    /** A family that no longer needs the slot says so (by phone, at the door): staff take its request off the list. */
    private void cancelWaiting(Context ctx) {
        Actor actor = Pages.actor(ctx);
        ChildId child = Web.pathId(ctx, "childId", ChildId::parse);
        var cancelled = nursery.cancel().cancel(actor, child, Web.pathId(ctx, "bookingId", fr.espacefamille.domain.nursery.BookingId::parse));
        Pages.redirect(ctx, HOME + "/attente", "Demande du " + French.date(cancelled.slot().date()) + " (" + cancelled.slot().period().french()
                + ") annulée à la demande de la famille.");
    }
}
