package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.family.ChildId;

/**
 * A parent books a canteen day for their child until the day's deadline; SCHOOL_AGENT and ADMIN
 * book any child at any time. Booking a booked day changes nothing and answers its state.
 * <p>Refuses (API error codes): {@code NOT_FOUND}, {@code BOOKING_DEADLINE_PASSED}, {@code NOT_A_SERVICE_DAY}, {@code NOT_ENROLLED}.
 */
public final class BookCanteenDay {

    /** The request that {@link BookCanteenDay} carries out. */
    public record Command(ChildId child, LocalDate day) {
    }

    /** What {@link BookCanteenDay} answers. */
    public record Result(LocalDate date, CanteenDayStatus status) {
    }

    private final CanteenChildren children;
    private final CanteenBookings bookings;
    private final CanteenAbsences absences;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public BookCanteenDay(Pupils pupils, SchoolYears schoolYears, CanteenBookings bookings, CanteenAbsences absences,
            Transactions transactions, Audit audit, Clock clock) {
        this.children = new CanteenChildren(pupils, schoolYears);
        this.bookings = bookings;
        this.absences = absences;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Result book(Actor actor, Command command) {
        return transactions.inTransaction(() -> {
            Pupil pupil = children.reachToChange(actor, command.child(), command.day(), clock.instant());
            if (bookings.book(pupil.id(), command.day(), pupil.school())) {
                audit.record(actor, "CANTEEN_DAY_BOOKED", pupil.id(), CanteenChildren.state(command.day(), CanteenDayStatus.NOT_BOOKED),
                        CanteenChildren.state(command.day(), CanteenDayStatus.BOOKED));
                return new Result(command.day(), CanteenDayStatus.BOOKED);
            }
            boolean absent = !absences.daysOf(pupil.id(), new DateRange(command.day(), command.day())).isEmpty();
            return new Result(command.day(), absent ? CanteenDayStatus.ABSENT : CanteenDayStatus.BOOKED);
        });
    }
}
