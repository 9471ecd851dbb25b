package fr.espacefamille.domain.billing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import fr.espacefamille.domain.calendar.FrenchPublicHolidays;

/**
 * TARGET2 business days, on which SEPA direct debits are settled: every weekday but 1 January,
 * Good Friday, Easter Monday, 1 May, 25 and 26 December.
 */
public final class TargetCalendar {

    private static final Set<MonthDay> CLOSED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private TargetCalendar() {
    }

    public static boolean isBusinessDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || CLOSED.contains(MonthDay.from(date))) {
            return false;
        }
        LocalDate easter = FrenchPublicHolidays.easterSunday(date.getYear());
        return !date.equals(easter.minusDays(2)) && !date.equals(easter.plusDays(1));
    }

    /** {@code date} itself when it is a business day, else the next one. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The requested collection date of invoices due on {@code dueOn}, in a file made on {@code today}:
     * the due date moved to a business day, but never before the next business day after today, since
     * a bank needs the file a business day ahead (EPC SDD Core, D-1).
     */
    public static LocalDate collectionDate(LocalDate dueOn, LocalDate today) {
        LocalDate due = onOrAfter(dueOn);
        LocalDate earliest = onOrAfter(today.plusDays(1));
        return due.isBefore(earliest) ? earliest : due;
    }
}
