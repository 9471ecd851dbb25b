package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.commission.ScoringGrids;
import fr.espacefamille.domain.commission.ScoringGrid;

/** In-memory {@link ScoringGrids}. */
public final class InMemoryScoringGrids implements ScoringGrids {

    private final Map<LocalDate, ScoringGrid> grids;

    public InMemoryScoringGrids(InMemoryTransactions transactions) {
        this.grids = new InMemoryMap<LocalDate, ScoringGrid>(transactions).map();
    }

    @Override
    public void save(ScoringGrid grid) {
        grids.put(grid.validFrom(), grid);
    }

    @Override
    public List<ScoringGrid> all() {
        return grids.values().stream().sorted(Comparator.comparing(ScoringGrid::validFrom)).toList();
    }
}
