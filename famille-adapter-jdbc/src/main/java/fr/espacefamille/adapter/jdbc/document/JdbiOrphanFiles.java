package fr.espacefamille.adapter.jdbc.document;

import java.time.Instant;
import java.util.List;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.document.OrphanFiles;

/** {@link OrphanFiles} in the {@code orphan_files} table; taking a file is deleting its row. */
public final class JdbiOrphanFiles implements OrphanFiles {

    private final JdbiContext db;

    public JdbiOrphanFiles(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(String storageName, Instant since) {
        db.useHandle(handle -> handle.createUpdate("INSERT INTO orphan_files (storage_name, since) VALUES (:name, :since)")
                .bind("name", storageName).bind("since", since).execute());
    }

    @Override
    public List<String> oldest(int limit) {
        return db.withHandle(handle -> handle.createQuery("SELECT storage_name FROM orphan_files ORDER BY since, storage_name LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).list());
    }

    @Override
    public boolean take(String storageName) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM orphan_files WHERE storage_name = :name")
                .bind("name", storageName).execute()) == 1;
    }
}
