package fr.espacefamille.bootstrap;

import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.application.billing.CanteenRecordsFeed;
import fr.espacefamille.application.billing.NurseryBillableHoursFeed;

/** Where billing reads what each child consumed: the canteen's and the nursery's read ports. */
record BillingFeeds(CanteenConsumption canteen, NurseryConsumption nursery) {

    /** Makes the feeds once the canteen and nursery are wired (tests give their own). */
    @FunctionalInterface
    interface Source {
        BillingFeeds feeds(SharedWiring core, CanteenWiring canteen, NurseryWiring nursery);
    }

    /** The portal's feeds: the canteen's day records and the nursery's billable hours. */
    static BillingFeeds ofPortal(SharedWiring core, CanteenWiring canteen, NurseryWiring nursery) {
        return new BillingFeeds(new CanteenRecordsFeed(canteen.records), new NurseryBillableHoursFeed(nursery.billableHours, core.enrolments()));
    }
}
