package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.FranceConnectLinks;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/** In-memory {@link FranceConnectLinks}. */
public final class InMemoryFranceConnectLinks implements FranceConnectLinks {

    private record Pending(FranceConnectIdentity identity, Instant expiresAt) {
    }

    private final Map<String, AccountId> links;
    private final Map<String, Pending> pending;

    public InMemoryFranceConnectLinks(InMemoryTransactions transactions) {
        this.links = new InMemoryMap<String, AccountId>(transactions).map();
        this.pending = new InMemoryMap<String, Pending>(transactions).map();
    }

    @Override
    public Optional<AccountId> accountOf(String subject) {
        return Optional.ofNullable(links.get(subject));
    }

    @Override
    public Optional<String> subjectOf(AccountId account) {
        return links.entrySet().stream().filter(e -> e.getValue().equals(account)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public synchronized boolean link(String subject, AccountId account, Instant at) {
        if (links.containsKey(subject) || links.containsValue(account)) {
            return false;
        }
        links.put(subject, account);
        return true;
    }

    @Override
    public synchronized boolean unlink(AccountId account) {
        return links.values().removeIf(account::equals);
    }

    @Override
    public void holdPending(String digest, FranceConnectIdentity identity, Instant expiresAt) {
        pending.put(digest, new Pending(identity, expiresAt));
    }

    @Override
    public Optional<FranceConnectIdentity> pending(String digest, Instant now) {
        return Optional.ofNullable(pending.get(digest)).filter(p -> now.isBefore(p.expiresAt())).map(Pending::identity);
    }

    @Override
    public void removePending(String digest) {
        pending.remove(digest);
    }
}
