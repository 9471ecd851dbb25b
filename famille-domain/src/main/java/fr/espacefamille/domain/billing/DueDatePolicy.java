package fr.espacefamille.domain.billing;

import java.time.LocalDate;

/** An invoice is due on the 15th of the month after the month it is issued in (SPEC §4). */
public final class DueDatePolicy {

    private DueDatePolicy() {
    }

    public static LocalDate dueOn(LocalDate issuedOn) {
        return issuedOn.plusMonths(1).withDayOfMonth(15);
    }

    /** Paying on the due date itself is on time; the day after, the invoice is overdue. */
    public static boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
