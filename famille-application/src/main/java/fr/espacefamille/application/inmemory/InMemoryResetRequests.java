package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.account.ResetRequests;

/** In-memory {@link ResetRequests}. */
public final class InMemoryResetRequests implements ResetRequests {

    private final Map<String, List<Instant>> requests;

    public InMemoryResetRequests(InMemoryTransactions transactions) {
        this.requests = new InMemoryMap<String, List<Instant>>(transactions).map();
    }

    @Override
    public synchronized int record(String requester, Instant at, Instant since) {
        return TimeWindows.record(requests, requester, at, since);
    }
}
