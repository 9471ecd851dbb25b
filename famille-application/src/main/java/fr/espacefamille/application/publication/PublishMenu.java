package fr.espacefamille.application.publication;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.shared.FrenchText;

/**
 * Staff publish the canteen menu of a service day; publishing again replaces it.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_A_SERVICE_DAY}.
 */
public final class PublishMenu {

    private final Menus menus;
    private final SchoolYears schoolYears;
    private final Transactions transactions;
    private final Audit audit;

    public PublishMenu(Menus menus, SchoolYears schoolYears, Transactions transactions, Audit audit) {
        this.menus = menus;
        this.schoolYears = schoolYears;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Menu publish(Actor actor, Menu menu) {
        actor.require(Role.SCHOOL_AGENT);
        if (!schoolYears.calendar().isServiceDay(menu.date())) {
            throw Refusals.refuse(BookingPolicy.NOT_A_SERVICE_DAY);
        }
        transactions.run(() -> {
            menus.save(menu);
            audit.record(actor, "MENU_PUBLISHED", menu.date(), null, AuditJson.of("main", menu.main()));
        });
        return menu;
    }

    /**
     * Publishes the menus of the week starting on {@code monday} at once: all or none. Each must be
     * of a service day of that week, one per day.
     */
    public List<Menu> publishWeek(Actor actor, LocalDate monday, List<Menu> week) {
        actor.require(Role.SCHOOL_AGENT);
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw Refusals.invalid("week", "une semaine commence un lundi");
        }
        Set<LocalDate> days = new HashSet<>();
        for (Menu menu : week) {
            if (menu.date().isBefore(monday) || !menu.date().isBefore(monday.plusWeeks(1))) {
                throw Refusals.invalid("date", "le " + FrenchText.date(menu.date()) + " n'est pas dans la semaine du " + FrenchText.date(monday));
            }
            if (!days.add(menu.date())) {
                throw Refusals.invalid("date", "deux menus pour le " + FrenchText.date(menu.date()));
            }
        }
        ServiceCalendar calendar = schoolYears.calendar();
        week.stream().filter(menu -> !calendar.isServiceDay(menu.date())).findFirst().ifPresent(menu -> {
            throw Refusals.refuse(BookingPolicy.NOT_A_SERVICE_DAY);
        });
        transactions.run(() -> week.forEach(menu -> {
            menus.save(menu);
            audit.record(actor, "MENU_PUBLISHED", menu.date(), null, AuditJson.of("main", menu.main()));
        }));
        return List.copyOf(week);
    }
}
