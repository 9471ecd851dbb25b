package fr.espacefamille.adapter.jdbc.canteen;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The CanteenBookings contract on each backend. */
class CanteenBookingsTest {

    @Nested
    class InMemory extends CanteenBookingsContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends CanteenBookingsContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends CanteenBookingsContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
