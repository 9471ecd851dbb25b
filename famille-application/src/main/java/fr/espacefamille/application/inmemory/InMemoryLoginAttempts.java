package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.LoginAttempts;

/** In-memory {@link LoginAttempts}. */
public final class InMemoryLoginAttempts implements LoginAttempts {

    private final Map<String, List<Instant>> failures;
    private final Map<String, Instant> locks;

    public InMemoryLoginAttempts(InMemoryTransactions transactions) {
        this.failures = new InMemoryMap<String, List<Instant>>(transactions).map();
        this.locks = new InMemoryMap<String, Instant>(transactions).map();
    }

    @Override
    public Optional<Instant> lockedUntil(String login) {
        return Optional.ofNullable(locks.get(login));
    }

    @Override
    public synchronized int recordFailure(String login, Instant at, Instant since) {
        List<Instant> next = new ArrayList<>(failures.getOrDefault(login, List.of()));
        next.removeIf(t -> t.isBefore(since));
        next.add(at);
        failures.put(login, List.copyOf(next));
        return next.size();
    }

    @Override
    public void lock(String login, Instant until) {
        locks.put(login, until);
    }

    @Override
    public void clear(String login) {
        failures.remove(login);
        locks.remove(login);
    }
}
