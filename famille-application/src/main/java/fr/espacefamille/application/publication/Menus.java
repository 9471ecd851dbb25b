package fr.espacefamille.application.publication;

import java.util.List;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.publication.Menu;

/** Out-port: published canteen menus, one per day. */
public interface Menus {

    /** Publishes the day's menu, replacing the one already published for that day. */
    void save(Menu menu);

    /** The menus of the range, by date. */
    List<Menu> between(DateRange range);
}
