package fr.espacefamille.application.document;

import java.time.Instant;
import java.util.List;

/**
 * Out-port: stored files that no record names any more and that must be deleted from the
 * {@link DocumentStore}. A file is listed in the same transaction as the change that orphans it,
 * struck off once deleted; a delete that fails leaves it listed for {@link DeleteOrphanFiles}.
 */
public interface OrphanFiles {

    void add(String storageName, Instant since);

    /** At most {@code limit} listed files, oldest first. */
    List<String> oldest(int limit);

    /**
     * Strikes the file off, inside the caller's transaction: true for the one caller that struck it
     * (another instance taking it at the same time waits for that transaction, then gets false).
     */
    boolean take(String storageName);
}
