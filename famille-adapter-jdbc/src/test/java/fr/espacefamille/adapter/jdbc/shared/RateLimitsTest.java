package fr.espacefamille.adapter.jdbc.shared;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The RateLimits contract on each backend. */
class RateLimitsTest {

    @Nested
    class InMemory extends RateLimitsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends RateLimitsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends RateLimitsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
