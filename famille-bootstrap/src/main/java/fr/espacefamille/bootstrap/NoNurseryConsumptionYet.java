package fr.espacefamille.bootstrap;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.family.ChildId;

/**
 * Stands in for the nursery's consumption until the nursery feature provides it: no child came, so
 * an early-childhood billing run bills no one. Replace it in {@link BillingFeeds#notConnectedYet()}.
 */
final class NoNurseryConsumptionYet implements NurseryConsumption {

    @Override
    public List<NurseryMonth> of(Collection<ChildId> children, YearMonth month) {
        return List.of();
    }
}
