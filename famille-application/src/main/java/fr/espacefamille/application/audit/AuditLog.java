package fr.espacefamille.application.audit;

import java.time.Instant;
import java.util.List;

/** Out-port: the append-only audit log. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Entries with {@code from <= at < to}, oldest first, at most {@code limit}. */
    List<AuditEntry> between(Instant from, Instant to, int limit);
}
