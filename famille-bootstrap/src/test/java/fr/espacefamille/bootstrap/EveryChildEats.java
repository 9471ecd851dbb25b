package fr.espacefamille.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.family.ChildId;

/**
 * A town where every child eats a booked meal every Monday, Tuesday, Thursday and Friday, and the
 * first Friday's meal unbooked: consumption that the crash test and the benchmark can bill without
 * the canteen feature.
 */
final class EveryChildEats implements CanteenConsumption {

    @Override
    public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
        List<CanteenDay> days = new ArrayList<>();
        for (ChildId child : children) {
            boolean firstFriday = true;
            for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                DayOfWeek weekday = day.getDayOfWeek();
                if (weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                    continue;
                }
                boolean unbooked = weekday == DayOfWeek.FRIDAY && firstFriday;
                firstFriday &= !unbooked;
                days.add(new CanteenDay(child, day, unbooked ? MealCharge.UNBOOKED_MEAL : MealCharge.BOOKED_MEAL));
            }
        }
        return days;
    }
}
