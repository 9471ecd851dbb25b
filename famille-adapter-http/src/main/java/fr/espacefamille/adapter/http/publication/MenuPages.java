package fr.espacefamille.adapter.http.publication;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.publication.PublishMenu;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.publication.Allergen;
import fr.espacefamille.domain.publication.Course;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The public menu page by week ({@code /menus?semaine=2026-09-07}, no sign-in, previous and next
 * week links) and the staff's form to publish a week's menus.
 */
public final class MenuPages implements Feature {

    /** A school day of the week shown, with its menu if published. */
    public record MenuDay(LocalDate date, boolean serviceDay, Optional<Menu> menu) {
    }

    private final PublishMenu publish;
    private final ReadMenus read;
    private final SchoolYears schoolYears;
    private final Clock clock;

    public MenuPages(PublishMenu publish, ReadMenus read, SchoolYears schoolYears, Clock clock) {
        this.publish = publish;
        this.read = read;
        this.schoolYears = schoolYears;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/menus", ctx -> week(ctx, "publication/menus.jte", Pages.context(ctx, "Menus de la cantine")));
        routes.get("/agents/cantine/menus", ctx -> week(ctx, "publication/staff-menus.jte", Pages.context(ctx, "Publier les menus")),
                Access.staff(Role.SCHOOL_AGENT));
        routes.post("/agents/cantine/menus", this::publishWeek, Access.staff(Role.SCHOOL_AGENT));
    }

    /** The Monday of the asked week; by default this week, or next week from Saturday on. */
    private LocalDate monday(String text) {
        LocalDate day;
        try {
            day = text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            LocalDate today = LocalDate.now(clock);
            day = today.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? today.plusDays(2) : today;
        }
        return day.with(DayOfWeek.MONDAY);
    }

    private List<MenuDay> days(LocalDate monday) {
        ServiceCalendar calendar = schoolYears.calendar();
        Map<LocalDate, Menu> menus = read.between(monday, monday.plusDays(6)).stream()
                .collect(Collectors.toMap(Menu::date, Function.identity()));
        return monday.datesUntil(monday.plusDays(7))
                .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() || menus.containsKey(d) || calendar.isServiceDay(d))
                .map(d -> new MenuDay(d, calendar.isServiceDay(d), Optional.ofNullable(menus.get(d))))
                .toList();
    }

    private void week(Context ctx, String template, PageContext page) {
        LocalDate monday = monday(ctx.queryParam("semaine"));
        Pages.render(ctx, template, page, Map.of("monday", monday, "days", days(monday), "labels", MenuLabel.values(),
                "values", Map.of()));
    }

    /** The week form: each service day with a main course is published, all in one go. */
    private void publishWeek(Context ctx) {
        Actor actor = Pages.actor(ctx);
        LocalDate monday = monday(ctx.formParam("semaine"));
        List<Menu> week = new ArrayList<>();
        List<PageContext.FieldError> errors = new ArrayList<>();
        for (MenuDay day : days(monday)) {
            String key = day.date().toString();
            String main = ctx.formParam("main-" + key);
            if (!day.serviceDay() || main == null || main.isBlank()) {
                boolean otherCourse = List.of("starter", "dairy", "dessert").stream()
                        .anyMatch(c -> ctx.formParam(c + "-" + key) != null && !ctx.formParam(c + "-" + key).isBlank());
                if (day.serviceDay() && otherCourse) {
                    errors.add(new PageContext.FieldError("main-" + key, "Indiquez le plat principal de ce jour."));
                }
                continue;
            }
            Set<MenuLabel> labels = EnumSet.noneOf(MenuLabel.class);
            for (MenuLabel label : MenuLabel.values()) {
                if (ctx.formParam(label.name() + "-" + key) != null) {
                    labels.add(label);
                }
            }
            Map<Course, Set<Allergen>> allergens = new EnumMap<>(Course.class);
            for (Course course : Course.values()) {
                Set<Allergen> set = EnumSet.noneOf(Allergen.class);
                ctx.formParams("allergens-" + course.name() + "-" + key).forEach(code -> {
                    try {
                        set.add(Allergen.valueOf(code));
                    } catch (IllegalArgumentException e) {
                        // a code this page does not offer: ignored like an unknown checkbox
                    }
                });
                if (!set.isEmpty() && ctx.formParam(course.name().toLowerCase() + "-" + key) != null
                        && !ctx.formParam(course.name().toLowerCase() + "-" + key).isBlank()) {
                    allergens.put(course, set);
                }
            }
            try {
                week.add(new Menu(day.date(), ctx.formParam("starter-" + key), main, ctx.formParam("dairy-" + key),
                        ctx.formParam("dessert-" + key), labels, allergens));
            } catch (IllegalArgumentException e) {
                errors.add(new PageContext.FieldError("main-" + key, e.getMessage() + "."));
            }
        }
        PageForm form = PageForm.of(ctx).fallback(week.isEmpty() ? "form" : "main-" + week.get(0).date());
        errors.forEach(error -> form.error(error.field(), error.message()));
        form.submit(() -> publish.publishWeek(actor, monday, week))
                .redirect("/agents/cantine/menus?semaine=" + monday, week.isEmpty() ? "Aucun menu à publier."
                        : FrenchText.count(week.size(), "menu publié.", "menus publiés."))
                .orShow(found -> staffWeek(ctx, monday, found, form.values()));
    }

    /** The staff's week form shown again, with the errors beside their fields and what was typed. */
    private void staffWeek(Context ctx, LocalDate monday, List<PageContext.FieldError> errors, Map<String, String> values) {
        Pages.render(ctx, "publication/staff-menus.jte", Pages.context(ctx, "Publier les menus").withErrors(errors),
                Map.of("monday", monday, "days", days(monday), "labels", MenuLabel.values(), "values", values));
    }
}
