package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A reading shared by whoever asks within {@code lifetime} of it: the metrics' gauges and the
 * readiness probe each want the mail backlog, and a scrape or a probe should query it once, not
 * once per figure. A failed reading is not kept: the next caller tries again.
 */
final class ShortLivedReading<T> implements Supplier<T> {

    private final Supplier<T> read;
    private final Clock clock;
    private final Duration lifetime;
    private T value;
    private Instant readAt;

    ShortLivedReading(Supplier<T> read, Clock clock, Duration lifetime) {
        this.read = read;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || now.isBefore(readAt) || !now.isBefore(readAt.plus(lifetime))) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
