package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.application.commission.CommissionSessions;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;

/** In-memory {@link CommissionSessions}: in-memory transactions already run one at a time, so the lock holds nothing. */
public final class InMemoryCommissionSessions implements CommissionSessions {

    private final Map<SessionId, CommissionSession> sessions;

    public InMemoryCommissionSessions(InMemoryTransactions transactions) {
        this.sessions = new InMemoryMap<SessionId, CommissionSession>(transactions).map();
    }

    @Override
    public void add(CommissionSession session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("Session already stored: " + session.id());
        }
    }

    @Override
    public Optional<CommissionSession> byId(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public List<CommissionSession> all() {
        return sessions.values().stream().sorted(Comparator.comparing(CommissionSession::date).reversed()
                .thenComparing(s -> s.id().toString())).toList();
    }

    @Override
    public void lock(SessionId id) {
        // in-memory transactions are serial
    }

    @Override
    public synchronized boolean confirm(SessionId session, NurseryRequestId request) {
        CommissionSession s = sessions.get(session);
        if (s.confirmed().contains(request)) {
            return false;
        }
        Set<NurseryRequestId> confirmed = new HashSet<>(s.confirmed());
        confirmed.add(request);
        sessions.put(session, new CommissionSession(s.id(), s.date(), s.startFrom(), s.startTo(), s.confirmBy(), s.places(),
                s.status(), s.members(), confirmed, s.ranking()));
        return true;
    }

    @Override
    public synchronized boolean allocate(CommissionSession allocated) {
        CommissionSession stored = sessions.get(allocated.id());
        if (stored == null || stored.status() != SessionStatus.OPEN) {
            return false;
        }
        sessions.put(allocated.id(), allocated);
        return true;
    }

    @Override
    public void updateMembers(CommissionSession session) {
        sessions.computeIfPresent(session.id(), (id, stored) -> stored.withMembers(session.members()));
    }
}
