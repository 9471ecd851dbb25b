package fr.espacefamille.domain.publication;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.espacefamille.domain.shared.Text;

/**
 * The canteen menu of a service day. The main course is required; the other courses may be left out.
 * {@code allergens}: the regulated allergens each course contains (a course left out has none).
 */
public record Menu(LocalDate date, String starter, String main, String dairy, String dessert, Set<MenuLabel> labels,
        Map<Course, Set<Allergen>> allergens) {

    private static final int MAX = 200;

    public Menu {
        Objects.requireNonNull(date, "date");
        starter = Text.optional(starter, "L'entrée", MAX);
        main = Text.required(main, "Le plat principal", MAX);
        dairy = Text.optional(dairy, "Le produit laitier", MAX);
        dessert = Text.optional(dessert, "Le dessert", MAX);
        labels = labels == null || labels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(labels));
        Map<Course, Set<Allergen>> declared = new EnumMap<>(Course.class);
        if (allergens != null) {
            allergens.forEach((course, set) -> {
                if (set != null && !set.isEmpty()) {
                    declared.put(course, Collections.unmodifiableSet(EnumSet.copyOf(set)));
                }
            });
        }
        if (declared.containsKey(Course.STARTER) && starter == null || declared.containsKey(Course.DAIRY) && dairy == null
                || declared.containsKey(Course.DESSERT) && dessert == null) {
            throw new IllegalArgumentException("Des allergènes sont indiqués pour un plat absent du menu");
        }
        allergens = Collections.unmodifiableMap(declared);
    }

    /** A menu without declared allergens. */
    public Menu(LocalDate date, String starter, String main, String dairy, String dessert, Set<MenuLabel> labels) {
        this(date, starter, main, dairy, dessert, labels, Map.of());
    }

    /** The allergens of a course, none when undeclared. */
    public Set<Allergen> allergensOf(Course course) {
        return allergens.getOrDefault(course, Set.of());
    }

    /** The dish of a course, null when left out. */
    public String dish(Course course) {
        return switch (course) {
            case STARTER -> starter;
            case MAIN -> main;
            case DAIRY -> dairy;
            case DESSERT -> dessert;
        };
    }
}
