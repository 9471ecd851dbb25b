package fr.espacefamille.application.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock in Europe/Paris that stands still until it is moved: the way to play a town's days in
 * memory (book before a deadline, then check attendance, then bill the month).
 */
public final class MovableClock extends Clock {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private volatile Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    /** A clock at {@code time} in Paris on {@code day}. */
    public static MovableClock at(LocalDate day, LocalTime time) {
        return new MovableClock(day.atTime(time).atZone(PARIS).toInstant());
    }

    /** Moves to {@code time} in Paris on {@code day} (forwards or backwards). */
    public void set(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(PARIS).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return PARIS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
