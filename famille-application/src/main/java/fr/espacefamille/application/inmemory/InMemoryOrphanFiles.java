package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.document.OrphanFiles;

/** In-memory {@link OrphanFiles}. */
public final class InMemoryOrphanFiles implements OrphanFiles {

    private final Map<String, Instant> files;

    public InMemoryOrphanFiles(InMemoryTransactions transactions) {
        this.files = new InMemoryMap<String, Instant>(transactions).map();
    }

    @Override
    public void add(String storageName, Instant since) {
        files.putIfAbsent(storageName, since);
    }

    @Override
    public List<String> oldest(int limit) {
        return files.entrySet().stream().sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    @Override
    public boolean take(String storageName) {
        return files.remove(storageName) != null;
    }
}
