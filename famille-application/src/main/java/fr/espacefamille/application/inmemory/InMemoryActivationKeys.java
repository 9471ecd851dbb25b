package fr.espacefamille.application.inmemory;

import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.ActivationKeys;
import fr.espacefamille.domain.family.GuardianId;

/** In-memory {@link ActivationKeys}. */
public final class InMemoryActivationKeys implements ActivationKeys {

    private final Map<GuardianId, StoredKey> keys;

    public InMemoryActivationKeys(InMemoryTransactions transactions) {
        this.keys = new InMemoryMap<GuardianId, StoredKey>(transactions).map();
    }

    @Override
    public synchronized void replace(StoredKey key) {
        keys.put(key.guardian(), key);
    }

    @Override
    public Optional<StoredKey> byDigest(String digest) {
        return keys.values().stream().filter(k -> k.digest().equals(digest)).findFirst();
    }

    @Override
    public Optional<StoredKey> ofGuardian(GuardianId guardian) {
        return Optional.ofNullable(keys.get(guardian));
    }

    @Override
    public synchronized boolean consume(String digest) {
        return keys.values().removeIf(k -> k.digest().equals(digest));
    }
}
