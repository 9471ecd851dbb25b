package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.publication.Menus;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.publication.Menu;

/** In-memory {@link Menus}. */
public final class InMemoryMenus implements Menus {

    private final Map<LocalDate, Menu> menus;

    public InMemoryMenus(InMemoryTransactions transactions) {
        this.menus = new InMemoryMap<LocalDate, Menu>(transactions).map();
    }

    @Override
    public void save(Menu menu) {
        menus.put(menu.date(), menu);
    }

    @Override
    public List<Menu> between(DateRange range) {
        return menus.values().stream().filter(m -> range.contains(m.date())).sorted(Comparator.comparing(Menu::date)).toList();
    }
}
