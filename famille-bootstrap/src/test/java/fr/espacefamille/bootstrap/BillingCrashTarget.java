package fr.espacefamille.bootstrap;

/**
 * The portal started from the environment, as {@link Main} does, but with billing reading the
 * consumption of {@link EveryChildEats}: the process the crash test kills in the middle of a run.
 */
public final class BillingCrashTarget {

    private BillingCrashTarget() {
    }

    public static void main(String[] args) {
        EspaceFamille.start(Config.fromEnvironment(System.getenv()),
                (core, canteen, nursery) -> new BillingFeeds(new EveryChildEats(), BillingFeeds.ofPortal(core, canteen, nursery).nursery()));
    }
}
