package fr.espacefamille.application.inmemory;

import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.EmailConfirmations;
import fr.espacefamille.domain.account.AccountId;

/** In-memory {@link EmailConfirmations}. */
public final class InMemoryEmailConfirmations implements EmailConfirmations {

    private final Map<AccountId, PendingConfirmation> pending;

    public InMemoryEmailConfirmations(InMemoryTransactions transactions) {
        this.pending = new InMemoryMap<AccountId, PendingConfirmation>(transactions).map();
    }

    @Override
    public synchronized void replace(PendingConfirmation confirmation) {
        pending.put(confirmation.account(), confirmation);
    }

    @Override
    public Optional<PendingConfirmation> byDigest(String digest) {
        return pending.values().stream().filter(p -> p.digest().equals(digest)).findFirst();
    }

    @Override
    public Optional<PendingConfirmation> of(AccountId account) {
        return Optional.ofNullable(pending.get(account));
    }

    @Override
    public synchronized boolean consume(String digest) {
        return pending.values().removeIf(p -> p.digest().equals(digest));
    }
}
