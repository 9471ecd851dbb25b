package fr.espacefamille.application.billing;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.Regie;

/**
 * Finance staff set the nursery's barème (floor, ceiling, effort rates) from a date on.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class SetNurseryTariff {

    private final Tariffs tariffs;
    private final BillingRuns runs;
    private final Transactions transactions;
    private final Audit audit;

    public SetNurseryTariff(Tariffs tariffs, BillingRuns runs, Transactions transactions, Audit audit) {
        this.tariffs = tariffs;
        this.runs = runs;
        this.transactions = transactions;
        this.audit = audit;
    }

    public NurseryTariff set(Actor actor, NurseryTariff tariff) {
        actor.require(Role.FINANCE_AGENT);
        return transactions.inTransaction(() -> {
            TariffChanges.requireNotBilled(runs, Regie.EARLY_CHILDHOOD, tariff.validFrom());
            String before = tariffs.schedule().nursery().stream().filter(t -> t.validFrom().equals(tariff.validFrom()))
                    .findFirst().map(TariffChanges::describe).orElse(null);
            tariffs.putNursery(tariff);
            audit.record(actor, "NURSERY_TARIFF_SET", "nursery-tariff/" + tariff.validFrom(), before, TariffChanges.describe(tariff));
            return tariff;
        });
    }
}
