package fr.espacefamille.bootstrap;

import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.NurseryConsumption;

/** Where billing reads what each child consumed: the canteen's and the nursery's read ports. */
record BillingFeeds(CanteenConsumption canteen, NurseryConsumption nursery) {

    /**
     * The portal's feeds: the nursery's billable hours; the canteen does not provide its
     * consumption yet, so school runs bill no one until {@link NoCanteenConsumptionYet} is replaced.
     */
    static BillingFeeds ofPortal(Core core, NurseryWiring nursery) {
        return new BillingFeeds(new NoCanteenConsumptionYet(), new NurseryBillableHoursFeed(nursery.billableHours, core.enrolments()));
    }
}
