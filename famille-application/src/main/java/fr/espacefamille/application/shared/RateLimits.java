package fr.espacefamille.application.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * Out-port: counters of events per key in fixed time windows, held in the database so that
 * limits hold across app instances.
 */
public interface RateLimits {

    /** Counts one event for {@code key} in the window containing {@code now}; answers the count so far. */
    int hit(String key, Duration window, Instant now);

    /** How many events {@code key} has in the window containing {@code now}. */
    int count(String key, Duration window, Instant now);

    /** The start of the fixed window of that length containing {@code now}. */
    static Instant windowStart(Duration window, Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }
}
