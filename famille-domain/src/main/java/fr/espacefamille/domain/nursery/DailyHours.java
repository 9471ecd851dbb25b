package fr.espacefamille.domain.nursery;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import fr.espacefamille.domain.shared.FrenchText;

/** A contract's hours on one weekday: arrival and departure, inside the opening hours. */
public record DailyHours(LocalTime arrival, LocalTime departure) {

    public DailyHours {
        Objects.requireNonNull(arrival, "L'heure d'arrivée est obligatoire");
        Objects.requireNonNull(departure, "L'heure de départ est obligatoire");
        if (arrival.isBefore(NurserySettings.OPENING) || departure.isAfter(NurserySettings.CLOSING)) {
            throw new IllegalArgumentException("Les horaires doivent être compris entre " + FrenchText.time(NurserySettings.OPENING) + " et "
                    + FrenchText.time(NurserySettings.CLOSING));
        }
        if (!departure.isAfter(arrival)) {
            throw new IllegalArgumentException("L'heure de départ doit suivre l'heure d'arrivée");
        }
    }

    /** The half-day slots these hours overlap: a contract takes a place in each of them. */
    public Set<HalfDay> periods() {
        Set<HalfDay> periods = EnumSet.noneOf(HalfDay.class);
        for (HalfDay period : HalfDay.values()) {
            if (period.overlaps(arrival, departure)) {
                periods.add(period);
            }
        }
        return periods;
    }

    public Duration duration() {
        return Duration.between(arrival, departure);
    }

    /** The minutes of the stay from {@code from} to {@code to} spent outside these hours. */
    public long minutesOutside(LocalTime from, LocalTime to) {
        long before = Math.max(0, Duration.between(from, min(to, arrival)).toMinutes());
        long after = Math.max(0, Duration.between(max(from, departure), to).toMinutes());
        return before + after;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return arrival + "–" + departure;
    }
}
