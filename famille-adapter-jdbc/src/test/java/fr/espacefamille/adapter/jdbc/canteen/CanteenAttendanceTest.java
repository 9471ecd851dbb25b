package fr.espacefamille.adapter.jdbc.canteen;

import org.junit.jupiter.api.Nested;

import fr.espacefamille.adapter.jdbc.Backend;

/** The CanteenAttendance contract on each backend. */
class CanteenAttendanceTest {

    @Nested
    class InMemory extends CanteenAttendanceContract {
        InMemory() {
            super(Backend::inMemory);
        }
    }

    @Nested
    class H2 extends CanteenAttendanceContract {
        H2() {
            super(Backend::h2);
        }
    }

    @Nested
    class Postgres extends CanteenAttendanceContract {
        Postgres() {
            super(Backend::postgres);
        }
    }
}
