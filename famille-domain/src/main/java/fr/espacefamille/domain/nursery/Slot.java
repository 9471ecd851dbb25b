package fr.espacefamille.domain.nursery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/** One half-day of one day: the unit in which places are counted and occasional care is booked. */
public record Slot(LocalDate date, HalfDay period) implements Comparable<Slot> {

    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::date).thenComparing(Slot::period);

    public Slot {
        Objects.requireNonNull(date, "La date est obligatoire");
        Objects.requireNonNull(period, "La demi-journée est obligatoire");
    }

    /** The instant the slot starts (7:30 or 12:30) in the town's zone. */
    public Instant start(ZoneId zone) {
        return date.atTime(period.start()).atZone(zone).toInstant();
    }

    @Override
    public int compareTo(Slot other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return date + " " + period;
    }
}
