package fr.espacefamille.adapter.jdbc.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.statement.PreparedBatch;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.commission.ScoringGrids;
import fr.espacefamille.domain.commission.Criterion;
import fr.espacefamille.domain.commission.ScoringGrid;

/** {@link ScoringGrids} in {@code nursery_grid_criteria}: a grid is its criteria sharing a validity date. */
public final class JdbiScoringGrids implements ScoringGrids {

    private final JdbiContext db;

    public JdbiScoringGrids(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void save(ScoringGrid grid) {
        db.useHandle(handle -> {
            handle.createUpdate("DELETE FROM nursery_grid_criteria WHERE valid_from = :validFrom").bind("validFrom", grid.validFrom())
                    .execute();
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO nursery_grid_criteria (valid_from, ordinal, code, label, points)
                    VALUES (:validFrom, :ordinal, :code, :label, :points)
                    """);
            for (int i = 0; i < grid.criteria().size(); i++) {
                Criterion c = grid.criteria().get(i);
                batch.bind("validFrom", grid.validFrom()).bind("ordinal", i).bind("code", c.code()).bind("label", c.label())
                        .bind("points", c.points()).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<ScoringGrid> all() {
        Map<LocalDate, List<Criterion>> grids = new LinkedHashMap<>();
        db.useHandle(handle -> handle.createQuery("""
                SELECT valid_from, code, label, points FROM nursery_grid_criteria ORDER BY valid_from, ordinal
                """).map((row, ctx) -> grids.computeIfAbsent(Columns.date(row, "valid_from"), d -> new ArrayList<>())
                .add(new Criterion(row.getString("code"), row.getString("label"), row.getInt("points")))).list());
        return grids.entrySet().stream().map(e -> new ScoringGrid(e.getKey(), e.getValue())).toList();
    }
}
