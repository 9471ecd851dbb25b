package fr.espacefamille.adapter.http.publication;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.PublishMenu;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.IsoWeek;
import fr.espacefamille.domain.publication.Allergen;
import fr.espacefamille.domain.publication.Course;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code PUT /admin/menus/{date}} and {@code PUT /admin/menus?week=} for staff, {@code GET /public/menus?from=&to=}
 * for everyone; each dish with its regulated allergens.
 */
public final class MenuApi implements Feature {

    private final PublishMenu publish;
    private final ReadMenus read;

    public MenuApi(PublishMenu publish, ReadMenus read) {
        this.publish = publish;
        this.read = read;
    }

    record MenuBody(LocalDate date, String starter, String main, String dairy, String dessert, List<MenuLabel> labels,
            AllergensJson allergens) {

        Menu menu(LocalDate on) {
            Web.required(main, "main");
            if (labels != null && labels.contains(null)) {
                throw Refusals.invalid("labels", "libellé manquant");
            }
            return new Menu(on, starter, main, dairy, dessert,
                    labels == null || labels.isEmpty() ? EnumSet.noneOf(MenuLabel.class) : EnumSet.copyOf(labels),
                    allergens == null ? Map.of() : allergens.byCourse());
        }
    }

    /** {@code {starter:[…], main:[…], dairy:[…], dessert:[…]}}, the codes of {@link Allergen}. */
    record AllergensJson(List<Allergen> starter, List<Allergen> main, List<Allergen> dairy, List<Allergen> dessert) {

        static AllergensJson of(Menu m) {
            return new AllergensJson(sorted(m, Course.STARTER), sorted(m, Course.MAIN), sorted(m, Course.DAIRY), sorted(m, Course.DESSERT));
        }

        private static List<Allergen> sorted(Menu m, Course course) {
            return m.allergensOf(course).stream().sorted().toList();
        }

        Map<Course, Set<Allergen>> byCourse() {
            Map<Course, Set<Allergen>> map = new EnumMap<>(Course.class);
            put(map, Course.STARTER, starter);
            put(map, Course.MAIN, main);
            put(map, Course.DAIRY, dairy);
            put(map, Course.DESSERT, dessert);
            return map;
        }

        private static void put(Map<Course, Set<Allergen>> map, Course course, List<Allergen> codes) {
            if (codes != null && !codes.isEmpty()) {
                if (codes.contains(null)) {
                    throw Refusals.invalid("allergens", "allergène inconnu");
                }
                map.put(course, EnumSet.copyOf(codes));
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MenuJson(LocalDate date, String starter, String main, String dairy, String dessert, List<MenuLabel> labels,
            AllergensJson allergens) {
        static MenuJson of(Menu m) {
            return new MenuJson(m.date(), m.starter(), m.main(), m.dairy(), m.dessert(), m.labels().stream().sorted().toList(),
                    AllergensJson.of(m));
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put(API + "/admin/menus/{date}", this::publish, Access.staff(Role.SCHOOL_AGENT));
        routes.put(API + "/admin/menus", this::publishWeek, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/public/menus", this::read);
    }

    private void publish(Context ctx) {
        Actor actor = Web.actor(ctx);
        LocalDate date = Web.date(ctx.pathParam("date"), "date");
        ctx.json(MenuJson.of(publish.publish(actor, Web.body(ctx, MenuBody.class).menu(date))));
    }

    /** {@code PUT /admin/menus?week=2026-W37}: the menus of a whole week, all published or none. */
    private void publishWeek(Context ctx) {
        Actor actor = Web.actor(ctx);
        LocalDate monday;
        try {
            monday = IsoWeek.monday(Web.required(ctx.queryParam("week"), "week"));
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("week", e.getMessage());
        }
        MenuBody[] bodies = Web.body(ctx, MenuBody[].class);
        List<Menu> week = new ArrayList<>();
        for (MenuBody body : bodies) {
            if (body == null) {
                throw Refusals.invalid("date", "menu manquant");
            }
            week.add(body.menu(Web.required(body.date(), "date")));
        }
        ctx.json(publish.publishWeek(actor, monday, week).stream().map(MenuJson::of).toList());
    }

    private void read(Context ctx) {
        ctx.json(read.between(Web.queryDate(ctx, "from"), Web.queryDate(ctx, "to")).stream().map(MenuJson::of).toList());
    }
}
