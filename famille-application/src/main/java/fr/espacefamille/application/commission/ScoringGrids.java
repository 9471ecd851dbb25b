package fr.espacefamille.application.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.commission.ScoringGrid;

/** Out-port: the published scoring grids, one per validity date. */
public interface ScoringGrids {

    /** Saves the grid, replacing the one valid from the same date. */
    void save(ScoringGrid grid);

    /** Every grid, oldest first. */
    List<ScoringGrid> all();

    default Optional<ScoringGrid> validOn(LocalDate day) {
        return ScoringGrid.validOn(all(), day);
    }
}
