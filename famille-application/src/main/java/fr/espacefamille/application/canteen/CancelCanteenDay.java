package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.family.ChildId;

/**
 * A parent cancels a canteen day until the day's deadline; SCHOOL_AGENT and ADMIN cancel any
 * child's day at any time. Cancelling a day that is not booked changes nothing.
 * <p>Refuses (API error codes): {@code NOT_FOUND}, {@code BOOKING_DEADLINE_PASSED}, {@code NOT_A_SERVICE_DAY}, {@code NOT_ENROLLED}.
 */
public final class CancelCanteenDay {

    /** The request that {@link CancelCanteenDay} carries out. */
    public record Command(ChildId child, LocalDate day) {
    }

    private final CanteenChildren children;
    private final CanteenBookings bookings;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public CancelCanteenDay(Pupils pupils, SchoolYears schoolYears, CanteenBookings bookings, Transactions transactions,
            Audit audit, Clock clock) {
        this.children = new CanteenChildren(pupils, schoolYears);
        this.bookings = bookings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public BookCanteenDay.Result cancel(Actor actor, Command command) {
        return transactions.inTransaction(() -> {
            Pupil pupil = children.reachToChange(actor, command.child(), command.day(), clock.instant());
            if (bookings.cancel(pupil.id(), command.day())) {
                audit.record(actor, "CANTEEN_DAY_CANCELLED", pupil.id(), CanteenChildren.state(command.day(), CanteenDayStatus.BOOKED),
                        CanteenChildren.state(command.day(), CanteenDayStatus.NOT_BOOKED));
            }
            return new BookCanteenDay.Result(command.day(), CanteenDayStatus.NOT_BOOKED);
        });
    }
}
