package fr.espacefamille.application.shared;

import java.time.Clock;
import java.time.Duration;

import fr.espacefamille.domain.shared.Refusal;

/**
 * A limit on how often something may happen per key (an address, a login): {@code limit} events
 * per window. Used against password guessing from one address and mail flooding.
 * <p>Refuses (API error codes): {@code TOO_MANY_REQUESTS}.
 */
public final class Throttle {

    public static final Refusal TOO_MANY_REQUESTS = new Refusal("TOO_MANY_REQUESTS", Refusal.Kind.TOO_MANY_REQUESTS,
            "Trop de demandes : patientez quelques minutes avant de réessayer.");

    private final RateLimits limits;
    private final Clock clock;
    private final String name;
    private final int limit;
    private final Duration window;

    public Throttle(RateLimits limits, Clock clock, String name, int limit, Duration window) {
        this.limits = limits;
        this.clock = clock;
        this.name = name;
        this.limit = limit;
        this.window = window;
    }

    public boolean exhausted(String key) {
        return limits.count(name + ":" + key, window, clock.instant()) >= limit;
    }

    /** Counts one event; true while still within the limit. */
    public boolean hit(String key) {
        return limits.hit(name + ":" + key, window, clock.instant()) <= limit;
    }
}
