package fr.espacefamille.application.billing;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.Regie;

/**
 * Finance staff set the canteen's prices from a date on.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class SetCanteenTariff {

    private final Tariffs tariffs;
    private final BillingRuns runs;
    private final Transactions transactions;
    private final Audit audit;

    public SetCanteenTariff(Tariffs tariffs, BillingRuns runs, Transactions transactions, Audit audit) {
        this.tariffs = tariffs;
        this.runs = runs;
        this.transactions = transactions;
        this.audit = audit;
    }

    public CanteenTariff set(Actor actor, CanteenTariff tariff) {
        actor.require(Role.FINANCE_AGENT);
        return transactions.inTransaction(() -> {
            TariffChanges.requireNotBilled(runs, Regie.SCHOOL, tariff.validFrom());
            String before = tariffs.schedule().canteen().stream().filter(t -> t.validFrom().equals(tariff.validFrom()))
                    .findFirst().map(TariffChanges::describe).orElse(null);
            tariffs.putCanteen(tariff);
            audit.record(actor, "CANTEEN_TARIFF_SET", "canteen-tariff/" + tariff.validFrom(), before, TariffChanges.describe(tariff));
            return tariff;
        });
    }
}
