package fr.espacefamille.bootstrap;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.family.ChildId;

/**
 * Stands in for the canteen's consumption until the canteen feature provides it: nobody has eaten,
 * so a school billing run bills no one. Replace it in {@link BillingFeeds#ofPortal}.
 */
final class NoCanteenConsumptionYet implements CanteenConsumption {

    @Override
    public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
        return List.of();
    }
}
