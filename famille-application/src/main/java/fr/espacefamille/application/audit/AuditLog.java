package fr.espacefamille.application.audit;

import java.time.Instant;
import java.util.List;

/** Out-port: the append-only audit log. */
public interface AuditLog {

    default void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** Appends several entries at once (one statement on a database). */
    void recordAll(List<AuditEntry> entries);

    /** Entries with {@code from <= at < to}, oldest first, at most {@code limit}. */
    default List<AuditEntry> between(Instant from, Instant to, int limit) {
        return between(from, to, 0, limit);
    }

    /** The same entries, skipping the first {@code offset} of them (a page). */
    List<AuditEntry> between(Instant from, Instant to, int offset, int limit);
}
