package fr.espacefamille.domain.nursery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

import fr.espacefamille.domain.calendar.FrenchPublicHolidays;

/**
 * What staff set for the nursery: the places of each half-day slot and the closure days. The
 * nursery opens on weekdays from 7:30 to 18:30, except closures and public holidays.
 */
public record NurserySettings(int placesPerSlot, SortedSet<LocalDate> closures) {

    public static final LocalTime OPENING = HalfDay.MORNING.start();
    public static final LocalTime CLOSING = HalfDay.AFTERNOON.end();
    public static final int MAX_PLACES = 500;

    public NurserySettings {
        if (!allowsPlaces(placesPerSlot)) {
            throw new IllegalArgumentException("Le nombre de places doit être compris entre 0 et " + MAX_PLACES);
        }
        closures = closures == null ? new TreeSet<>() : new TreeSet<>(closures);
    }

    /** Whether a slot may have {@code places} places: 0 (closed to occasional care) to {@link #MAX_PLACES}. */
    public static boolean allowsPlaces(int places) {
        return places >= 0 && places <= MAX_PLACES;
    }

    public static NurserySettings of(int placesPerSlot, Collection<LocalDate> closures) {
        return new NurserySettings(placesPerSlot, new TreeSet<>(closures));
    }

    public boolean isOpen(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !FrenchPublicHolidays.isPublicHoliday(date) && !closures.contains(date);
    }

    /** A weekday on which the nursery is closed: a staff closure or a public holiday. */
    public boolean isClosure(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !isOpen(date);
    }

    @Override
    public SortedSet<LocalDate> closures() {
        return new TreeSet<>(closures);
    }
}
