package fr.espacefamille.application.publication;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.publication.Menu;

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
            audit.record(actor, "MENU_PUBLISHED", menu.date(), null, "{\"main\":\"" + menu.main() + "\"}");
        });
        return menu;
    }
}
