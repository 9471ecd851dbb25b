package fr.espacefamille.bootstrap;

import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.NurseryConsumption;

/** Where billing reads what each child consumed: the canteen's and the nursery's read ports. */
record BillingFeeds(CanteenConsumption canteen, NurseryConsumption nursery) {

    /** The portal's feeds today: the canteen and nursery features do not provide their consumption yet. */
    static BillingFeeds notConnectedYet() {
        return new BillingFeeds(new NoCanteenConsumptionYet(), new NoNurseryConsumptionYet());
    }
}
