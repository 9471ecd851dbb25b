package fr.espacefamille.adapter.jdbc.publication;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.publication.Menus;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.publication.Allergen;
import fr.espacefamille.domain.publication.Course;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;

/** {@link Menus} in the {@code menus} table. */
public final class JdbiMenus implements Menus {

    private static final String UPDATE = """
            UPDATE menus SET starter = :starter, main = :main, dairy = :dairy, dessert = :dessert, labels = :labels,
                allergens = :allergens
            WHERE served_on = :date
            """;
    private static final String INSERT = """
            INSERT INTO menus (served_on, starter, main, dairy, dessert, labels, allergens)
            VALUES (:date, :starter, :main, :dairy, :dessert, :labels, :allergens)
            ON CONFLICT DO NOTHING
            """;

    private final JdbiContext db;

    public JdbiMenus(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void save(Menu menu) {
        String labels = menu.labels().stream().sorted().map(MenuLabel::name).collect(Collectors.joining(","));
        db.useHandle(handle -> Upsert.run(handle, UPDATE, INSERT, update -> update.bindMethods(menu).bind("labels", labels).bind("allergens", allergens(menu))));
    }

    @Override
    public List<Menu> between(DateRange range) {
        return db.withHandle(handle -> handle.createQuery("""
                        SELECT served_on, starter, main, dairy, dessert, labels, allergens FROM menus
                        WHERE served_on BETWEEN :from AND :to ORDER BY served_on
                        """)
                .bind("from", range.from()).bind("to", range.to())
                .map((row, ctx) -> new Menu(Columns.date(row, "served_on"), row.getString("starter"), row.getString("main"),
                        row.getString("dairy"), row.getString("dessert"),
                        Arrays.stream(row.getString("labels").split(",")).filter(s -> !s.isEmpty()).map(MenuLabel::valueOf)
                                .collect(Collectors.toSet()), allergens(row.getString("allergens"))))
                .list());
    }

    /** « STARTER:EGGS,GLUTEN;MAIN:FISH ». */
    private static String allergens(Menu menu) {
        return menu.allergens().entrySet().stream()
                .map(e -> e.getKey().name() + ":" + e.getValue().stream().sorted().map(Allergen::name).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    private static Map<Course, Set<Allergen>> allergens(String column) {
        Map<Course, Set<Allergen>> allergens = new EnumMap<>(Course.class);
        for (String course : column.split(";")) {
            if (!course.isEmpty()) {
                String[] parts = course.split(":", 2);
                allergens.put(Course.valueOf(parts[0]), Arrays.stream(parts[1].split(",")).map(Allergen::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Allergen.class))));
            }
        }
        return allergens;
    }
}
