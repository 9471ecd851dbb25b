package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.domain.account.AccountId;

/** In-memory {@link Sessions}. */
public final class InMemorySessions implements Sessions {

    private final Map<String, Session> sessions;

    public InMemorySessions(InMemoryTransactions transactions) {
        this.sessions = new InMemoryMap<String, Session>(transactions).map();
    }

    @Override
    public void add(Session session) {
        sessions.put(session.tokenDigest(), session);
    }

    @Override
    public Optional<Session> byTokenDigest(String digest) {
        return Optional.ofNullable(sessions.get(digest));
    }

    @Override
    public void touchAll(Map<String, Instant> lastUses) {
        lastUses.forEach((digest, at) -> sessions.computeIfPresent(digest,
                (k, s) -> new Session(s.tokenDigest(), s.account(), s.createdAt(), at, s.expiresAt())));
    }

    @Override
    public void remove(String tokenDigest) {
        sessions.remove(tokenDigest);
    }

    @Override
    public void removeAllOf(AccountId account, String keepDigest) {
        sessions.values().removeIf(s -> s.account().equals(account) && !s.tokenDigest().equals(keepDigest));
    }
}
