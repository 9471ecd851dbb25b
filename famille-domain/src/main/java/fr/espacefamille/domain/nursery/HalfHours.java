package fr.espacefamille.domain.nursery;

import java.time.Duration;

/** Nursery time is billed in half-hours, any half-hour started being due. */
public final class HalfHours {

    public static final int MINUTES = 30;

    private HalfHours() {
    }

    /** Half-hours due for {@code minutes} of care: rounded up, zero for none. */
    public static int of(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes < 0");
        }
        return Math.toIntExact((minutes + MINUTES - 1) / MINUTES);
    }

    /** Half-hours due for a length of care, to the second. */
    public static int of(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        return Math.toIntExact((seconds + MINUTES * 60 - 1) / (MINUTES * 60));
    }
}
