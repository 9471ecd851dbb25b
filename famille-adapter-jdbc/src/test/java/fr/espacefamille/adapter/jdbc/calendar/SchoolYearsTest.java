package fr.espacefamille.adapter.jdbc.calendar;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The SchoolYears contract on each backend. */
class SchoolYearsTest {

    @Nested
    class InMemory extends SchoolYearsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends SchoolYearsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends SchoolYearsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
