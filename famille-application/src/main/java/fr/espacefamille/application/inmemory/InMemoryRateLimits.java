package fr.espacefamille.application.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.espacefamille.application.shared.RateLimits;

/** In-memory {@link RateLimits}. */
public final class InMemoryRateLimits implements RateLimits {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public int hit(String key, Duration window, Instant now) {
        return counts.merge(key + "@" + RateLimits.windowStart(window, now), 1, Integer::sum);
    }

    @Override
    public int count(String key, Duration window, Instant now) {
        return counts.getOrDefault(key + "@" + RateLimits.windowStart(window, now), 0);
    }
}
