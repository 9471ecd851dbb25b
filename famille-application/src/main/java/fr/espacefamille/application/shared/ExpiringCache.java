package fr.espacefamille.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What was read a moment ago, answered again from memory while it is fresh. Only found values
 * are remembered, so that asking for unknown keys fills nothing; past {@code capacity} everything
 * is forgotten at once. Freshness is measured on a ticker of its own: the system clock, even when
 * the business clock is frozen.
 */
public final class ExpiringCache<K, V> {

    private record Read<V>(V value, Instant at) {
    }

    private final Duration freshness;
    private final int capacity;
    private final Clock ticker;
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    public ExpiringCache(Duration freshness, int capacity, Clock ticker) {
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.capacity = capacity;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** The value read less than the freshness ago, else {@code load}'s answer (remembered when present). */
    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        Optional<V> fresh = fresh(key);
        if (fresh.isPresent()) {
            return fresh;
        }
        Optional<V> value = load.apply(key);
        value.ifPresentOrElse(read -> remember(key, read), () -> forget(key));
        return value;
    }

    /** The value read less than the freshness ago, if any. */
    public Optional<V> fresh(K key) {
        Instant now = ticker.instant();
        Read<V> read = reads.get(key);
        return read != null && !now.isBefore(read.at()) && now.isBefore(read.at().plus(freshness))
                ? Optional.of(read.value()) : Optional.empty();
    }

    /** Remembers {@code value} as read now, for a caller that read it along with something else. */
    public void remember(K key, V value) {
        if (reads.size() >= capacity) {
            reads.clear();
        }
        reads.put(key, new Read<>(value, ticker.instant()));
    }

    /** Whether {@code key}'s value was read and not forgotten since, fresh or not. */
    public boolean knows(K key) {
        return reads.containsKey(key);
    }

    public void forget(K key) {
        reads.remove(key);
    }

    public void forgetIf(Predicate<V> which) {
        reads.values().removeIf(read -> which.test(read.value()));
    }
}
