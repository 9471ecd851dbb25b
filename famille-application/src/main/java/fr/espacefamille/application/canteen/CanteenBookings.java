package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Out-port: booked canteen meals, at most one per child and day. Booking and cancelling are
 * idempotent and safe under concurrency (a unique child-and-day row).
 */
public interface CanteenBookings {

    /** The number of meals booked at a school on a day. */
    record MealCount(LocalDate date, SchoolId school, int meals) {
    }

    /** Books the day, the child eating at {@code school} (may be null); false when it was already booked. */
    boolean book(ChildId child, LocalDate day, SchoolId school);

    /** Cancels the day's booking; false when there was none. */
    boolean cancel(ChildId child, LocalDate day);

    SortedSet<LocalDate> ofChild(ChildId child, DateRange range);

    /** The booked days of each of the children that has any in the range. */
    Map<ChildId, SortedSet<LocalDate>> ofChildren(Collection<ChildId> children, DateRange range);

    /** The children booked at a school on a day. */
    Set<ChildId> ofSchool(SchoolId school, LocalDate day);

    /** Meals booked per day and school in the range (days and schools without meals are left out). */
    List<MealCount> count(DateRange range);
}
