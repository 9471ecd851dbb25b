package fr.espacefamille.application.publication;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.publication.Menu;

/** Anyone reads the published menus of a range of at most 93 days, without signing in. */
public final class ReadMenus {

    private final Menus menus;

    public ReadMenus(Menus menus) {
        this.menus = menus;
    }

    public List<Menu> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", "la date de fin précède la date de début");
        }
        DateRange range = new DateRange(from, to);
        if (!range.isAtMostMaxDays()) {
            throw Refusals.invalid("to", "la période dépasse " + DateRange.MAX_DAYS + " jours");
        }
        return menus.between(range);
    }
}
