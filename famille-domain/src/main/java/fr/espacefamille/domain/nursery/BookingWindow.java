package fr.espacefamille.domain.nursery;

import java.time.LocalDate;

/** Occasional care is booked for slots from tomorrow up to today + 28 days, both included. */
public final class BookingWindow {

    public static final int DAYS_AHEAD = 28;

    private BookingWindow() {
    }

    public static LocalDate first(LocalDate today) {
        return today.plusDays(1);
    }

    public static LocalDate last(LocalDate today) {
        return today.plusDays(DAYS_AHEAD);
    }

    public static boolean contains(LocalDate date, LocalDate today) {
        return !date.isBefore(first(today)) && !date.isAfter(last(today));
    }
}
