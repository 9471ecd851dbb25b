package fr.espacefamille.adapter.jdbc.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.inmemory.InMemoryMenus;
import fr.espacefamille.application.publication.Menus;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.publication.Allergen;
import fr.espacefamille.domain.publication.Course;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;

/** What every {@link Menus} store does. */
abstract class MenusContract extends StoreContract {

    private Menus menus;

    MenusContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void openStore() {
        menus = backend.store(InMemoryMenus::new, JdbiMenus::new);
    }

    @Test
    void keeps_one_menu_per_day_read_by_date() {
        Menu tuesday = new Menu(LocalDate.of(2026, 9, 8), null, "Lasagnes", null, "Compote", Set.of());
        Menu monday = new Menu(LocalDate.of(2026, 9, 7), "Betteraves", "Poisson pané", "Yaourt", "Poire",
                Set.of(MenuLabel.ORGANIC, MenuLabel.LOCAL), Map.of(Course.STARTER, Set.of(Allergen.MUSTARD),
                        Course.MAIN, Set.of(Allergen.FISH, Allergen.GLUTEN, Allergen.EGGS), Course.DAIRY, Set.of(Allergen.MILK)));
        menus.save(tuesday);
        menus.save(new Menu(LocalDate.of(2026, 9, 7), null, "Frites", null, null, Set.of()));
        menus.save(monday);

        assertThat(menus.between(new DateRange(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)))).containsExactly(monday, tuesday);
        assertThat(menus.between(new DateRange(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 8)))).containsExactly(tuesday);
    }
}
