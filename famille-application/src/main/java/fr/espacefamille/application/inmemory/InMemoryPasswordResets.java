package fr.espacefamille.application.inmemory;

import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.PasswordResets;
import fr.espacefamille.domain.account.AccountId;

/** In-memory {@link PasswordResets}. */
public final class InMemoryPasswordResets implements PasswordResets {

    private final Map<AccountId, StoredReset> resets;

    public InMemoryPasswordResets(InMemoryTransactions transactions) {
        this.resets = new InMemoryMap<AccountId, StoredReset>(transactions).map();
    }

    @Override
    public synchronized void replace(StoredReset reset) {
        resets.put(reset.account(), reset);
    }

    @Override
    public Optional<StoredReset> byDigest(String digest) {
        return resets.values().stream().filter(r -> r.digest().equals(digest)).findFirst();
    }

    @Override
    public synchronized boolean consume(String digest) {
        return resets.values().removeIf(r -> r.digest().equals(digest));
    }

    @Override
    public void removeOf(AccountId account) {
        resets.remove(account);
    }
}
