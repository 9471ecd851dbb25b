package fr.espacefamille.application.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.shared.Transactions;

/**
 * The clean-up job: deletes the stored files listed in {@link OrphanFiles}. Each file is struck off
 * and deleted in one transaction, so that with several instances a file is deleted by one of them,
 * and a delete that fails again leaves it listed for the next pass.
 */
public final class DeleteOrphanFiles {

    /** Files looked at per pass. */
    static final int BATCH = 100;

    /** What a pass did: the files deleted and those whose delete failed again. */
    public record Pass(List<String> deleted, List<String> failed) {
        public Pass {
            deleted = List.copyOf(deleted);
            failed = List.copyOf(failed);
        }
    }

    private final OrphanFiles orphans;
    private final DocumentStore store;
    private final Transactions transactions;

    public DeleteOrphanFiles(OrphanFiles orphans, DocumentStore store, Transactions transactions) {
        this.orphans = orphans;
        this.store = store;
        this.transactions = transactions;
    }

    public Pass run() {
        List<String> deleted = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String name : orphans.oldest(BATCH)) {
            try {
                if (transactions.inTransaction(() -> orphans.take(name) && delete(name))) {
                    deleted.add(name);
                }
            } catch (UncheckedIOException stillFailing) {
                failed.add(name);
            }
        }
        return new Pass(deleted, failed);
    }

    private boolean delete(String name) {
        try {
            store.delete(name);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
