package fr.espacefamille.adapter.jdbc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.inmemory.InMemoryRateLimits;
import fr.espacefamille.application.shared.RateLimits;

/** What every {@link RateLimits} store does. */
abstract class RateLimitsContract extends StoreContract {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-10-15T07:00:00Z");

    private RateLimits limits;

    RateLimitsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void store() {
        limits = backend.store(tx -> new InMemoryRateLimits(), JdbiRateLimits::new);
    }

    @Test
    void counts_hits_per_key_within_a_window() {
        assertThat(limits.hit("signin:10.0.0.1", QUARTER, T0)).isEqualTo(1);
        assertThat(limits.hit("signin:10.0.0.1", QUARTER, T0.plusSeconds(60))).isEqualTo(2);
        assertThat(limits.hit("signin:10.0.0.2", QUARTER, T0)).isEqualTo(1);
        assertThat(limits.count("signin:10.0.0.1", QUARTER, T0.plusSeconds(120))).isEqualTo(2);
        assertThat(limits.count("signin:10.0.0.3", QUARTER, T0)).isZero();
    }

    @Test
    void a_new_window_starts_from_zero() {
        limits.hit("reset:claire", QUARTER, T0);
        limits.hit("reset:claire", QUARTER, T0);
        assertThat(limits.count("reset:claire", QUARTER, T0.plus(QUARTER))).isZero();
        assertThat(limits.hit("reset:claire", QUARTER, T0.plus(QUARTER))).isEqualTo(1);
    }
}
