package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.commission.ScoringGrid;

/** The published scoring grid: everyone may read the criteria and their points (transparency). */
public final class ReadScoringGrid {

    private final ScoringGrids grids;
    private final Clock clock;

    public ReadScoringGrid(CommissionContext context) {
        this.grids = context.stores().grids();
        this.clock = context.clock();
    }

    /** The grid valid today, the one pre-registrations answer. */
    public Optional<ScoringGrid> current() {
        return grids.validOn(LocalDate.now(clock));
    }

    /** Every grid, oldest first, with those valid from a later date. */
    public List<ScoringGrid> all() {
        return grids.all();
    }
}
