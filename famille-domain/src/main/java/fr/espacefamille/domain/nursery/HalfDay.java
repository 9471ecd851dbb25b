package fr.espacefamille.domain.nursery;

import java.time.Duration;
import java.time.LocalTime;

/** A half-day slot of the nursery: its places are counted per period of each opening day. */
public enum HalfDay {
    MORNING(LocalTime.of(7, 30), LocalTime.of(12, 30), "matin"),
    AFTERNOON(LocalTime.of(12, 30), LocalTime.of(18, 30), "après-midi");

    private final LocalTime start;
    private final LocalTime end;
    private final String french;

    HalfDay(LocalTime start, LocalTime end, String french) {
        this.start = start;
        this.end = end;
        this.french = french;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** « matin » or « après-midi ». */
    public String french() {
        return french;
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** True when the stay from {@code arrival} to {@code departure} shares some time with this period. */
    public boolean overlaps(LocalTime arrival, LocalTime departure) {
        return arrival.isBefore(end) && departure.isAfter(start);
    }
}
