package fr.espacefamille.bootstrap;

/** The canteen API end to end on a real PostgreSQL server. */
class CanteenApiPostgresTest extends CanteenApiContract {

    @Override
    TestPortal start() {
        return TestPortal.postgres(CanteenTown.CLOCK);
    }
}
