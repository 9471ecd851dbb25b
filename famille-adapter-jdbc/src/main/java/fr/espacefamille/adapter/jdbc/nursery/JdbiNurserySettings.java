package fr.espacefamille.adapter.jdbc.nursery;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.statement.PreparedBatch;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.nursery.NurserySettingsStore;
import fr.espacefamille.domain.nursery.NurserySettings;

/** {@link NurserySettingsStore} in {@code nursery_settings} (one row, created by the migration) and {@code nursery_closures}. */
public final class JdbiNurserySettings implements NurserySettingsStore {

    private final JdbiContext db;

    public JdbiNurserySettings(JdbiContext db) {
        this.db = db;
    }

    @Override
    public NurserySettings current() {
        return db.withHandle(handle -> {
            int places = handle.createQuery("SELECT places_per_slot FROM nursery_settings WHERE id = 1").mapTo(Integer.class).one();
            List<LocalDate> closures = handle.createQuery("SELECT closure_date FROM nursery_closures ORDER BY closure_date")
                    .mapTo(LocalDate.class).list();
            return NurserySettings.of(places, closures);
        });
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
