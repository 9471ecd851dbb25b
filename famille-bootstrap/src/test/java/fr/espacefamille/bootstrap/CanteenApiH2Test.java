package fr.espacefamille.bootstrap;

/** The canteen API end to end on H2. */
class CanteenApiH2Test extends CanteenApiContract {

    @Override
    TestPortal start() {
        return TestPortal.h2(CanteenTown.CLOCK);
    }
}
