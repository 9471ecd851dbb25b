package fr.espacefamille.application.inmemory;

import java.util.List;
import java.util.Map;

import fr.espacefamille.application.nursery.NurserySettingsStore;
import fr.espacefamille.domain.nursery.NurserySettings;

/** In-memory {@link NurserySettingsStore}; its lock is the in-memory transaction itself, which runs alone. */
public final class InMemoryNurserySettings implements NurserySettingsStore {

    private static final String KEY = "settings";
    private final Map<String, NurserySettings> settings;

    public InMemoryNurserySettings(InMemoryTransactions transactions) {
        this.settings = new InMemoryMap<String, NurserySettings>(transactions).map();
    }

    @Override
    public NurserySettings current() {
        return settings.getOrDefault(KEY, NurserySettings.of(20, List.of()));
    }

    @Override
    public void save(NurserySettings next) {
        settings.put(KEY, next);
    }

    @Override
    public void lock() {
        // in-memory transactions run one at a time
    }
}
