package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.audit.AuditLog;

/** In-memory {@link AuditLog}. */
public final class InMemoryAuditLog implements AuditLog, InMemoryTransactions.Snapshottable {

    private final List<AuditEntry> entries = new ArrayList<>();

    public InMemoryAuditLog(InMemoryTransactions transactions) {
        transactions.register(this);
    }

    @Override
    public synchronized void recordAll(List<AuditEntry> added) {
        entries.addAll(added);
    }

    @Override
    public synchronized List<AuditEntry> between(Instant from, Instant to, int offset, int limit) {
        return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        int size = entries.size();
        return () -> {
            synchronized (this) {
                entries.subList(size, entries.size()).clear();
            }
        };
    }
}
