package fr.espacefamille.domain.nursery;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.family.ChildId;

/**
 * A child's arrival and departure at the nursery on a day, as staff record them at the door.
 * The departure is unknown while the child is still there.
 */
public record NurseryAttendance(ChildId child, LocalDate date, LocalTime arrival, LocalTime departure) {

    public NurseryAttendance {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(arrival, "L'heure d'arrivée est obligatoire");
        if (departure != null && departure.isBefore(arrival)) {
            throw new IllegalArgumentException("L'heure de départ ne peut précéder l'heure d'arrivée");
        }
    }

    public Optional<LocalTime> departureTime() {
        return Optional.ofNullable(departure);
    }

    /** Time spent at the nursery; nothing is counted until the departure is recorded. */
    public Duration attended() {
        return departure == null ? Duration.ZERO : Duration.between(arrival, departure);
    }
}
