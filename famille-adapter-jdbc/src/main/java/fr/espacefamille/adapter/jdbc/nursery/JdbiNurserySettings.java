package fr.espacefamille.adapter.jdbc.nursery;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.statement.PreparedBatch;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.nursery.NurserySettingsStore;
import fr.espacefamille.domain.nursery.NurserySettings;

/** {@link NurserySettingsStore} in {@code nursery_settings} (one row, created by the migration) and {@code nursery_closures}. */
public final class JdbiNurserySettings implements NurserySettingsStore {

    private static final String CURRENT = """
            SELECT s.places_per_slot, c.closure_date FROM nursery_settings s LEFT JOIN nursery_closures c ON TRUE
            WHERE s.id = 1 ORDER BY c.closure_date
            """;

    private final JdbiContext db;

    public JdbiNurserySettings(JdbiContext db) {
        this.db = db;
    }

    @Override
    public NurserySettings current() {
        // one round trip (the closures joined to the settings' row): every booking request reads them under its slot's lock
        List<Row> rows = db.withHandle(handle -> handle.createQuery(CURRENT)
                .map((row, ctx) -> new Row(row.getInt("places_per_slot"), Columns.date(row, "closure_date"))).list());
        return NurserySettings.of(rows.get(0).places(), rows.stream().map(Row::closure).filter(Objects::nonNull).toList());
    }

    /** One row of {@link #CURRENT}: the places, with one closure or none. */
    private record Row(int places, LocalDate closure) {
    }

    @Override
    public void save(NurserySettings settings) {
        db.useHandle(handle -> {
            handle.createUpdate("UPDATE nursery_settings SET places_per_slot = :places WHERE id = 1")
                    .bind("places", settings.placesPerSlot()).execute();
            handle.createUpdate("DELETE FROM nursery_closures").execute();
            if (!settings.closures().isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO nursery_closures (closure_date) VALUES (:date)");
                settings.closures().forEach(date -> batch.bind("date", date).add());
                batch.execute();
            }
        });
    }

    @Override
    public void lock() {
        db.useHandle(handle -> handle.createQuery("SELECT id FROM nursery_settings WHERE id = 1 FOR UPDATE").mapTo(Integer.class).one());
    }
}
