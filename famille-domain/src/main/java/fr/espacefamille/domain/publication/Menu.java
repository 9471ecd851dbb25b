package fr.espacefamille.domain.publication;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import fr.espacefamille.domain.shared.Text;

/** The canteen menu of a service day. The main course is required; the other courses may be left out. */
public record Menu(LocalDate date, String starter, String main, String dairy, String dessert, Set<MenuLabel> labels) {

    private static final int MAX = 200;

    public Menu {
        Objects.requireNonNull(date, "date");
        starter = Text.optional(starter, "L'entrée", MAX);
        main = Text.required(main, "Le plat principal", MAX);
        dairy = Text.optional(dairy, "Le produit laitier", MAX);
        dessert = Text.optional(dessert, "Le dessert", MAX);
        labels = labels == null || labels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(labels));
    }
}
