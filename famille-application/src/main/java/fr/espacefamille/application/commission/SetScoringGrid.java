package fr.espacefamille.application.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.Criterion;
import fr.espacefamille.domain.commission.ScoringGrid;

/**
 * Nursery staff publish the scoring grid valid from a date (replacing one from the same date).
 * Sessions from that date score with it; earlier sessions keep the grid of their day.
 */
public final class SetScoringGrid {

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;

    public SetScoringGrid(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
    }

    public ScoringGrid set(Actor actor, LocalDate validFrom, List<Criterion> criteria) {
        actor.require(Role.NURSERY_AGENT);
        ScoringGrid grid = new ScoringGrid(validFrom, criteria);
        transactions.run(() -> {
            String before = stores.grids().all().stream().filter(g -> g.validFrom().equals(validFrom)).findFirst()
                    .map(SetScoringGrid::describe).orElse(null);
            stores.grids().save(grid);
            audit.record(actor, "NURSERY_GRID_SET", validFrom, before, describe(grid));
        });
        return grid;
    }

    private static String describe(ScoringGrid grid) {
        return AuditJson.of("validFrom", grid.validFrom(), "criteria", grid.criteria().stream()
                .map(c -> c.code() + "=" + c.points()).collect(Collectors.joining(",")));
    }
}
