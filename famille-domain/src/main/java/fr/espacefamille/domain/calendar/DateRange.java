package fr.espacefamille.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/** A range of calendar days, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {

    /** The longest range a person may ask for at once (about a quarter), so that answers stay small. */
    public static final int MAX_DAYS = 93;

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("La date de fin précède la date de début");
        }
    }

    /** Number of days, both ends counted. */
    public long length() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean isAtMostMaxDays() {
        return length() <= MAX_DAYS;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !otherTo.isBefore(from) && !otherFrom.isAfter(to);
    }

    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }
}
