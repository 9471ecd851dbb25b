package fr.espacefamille.application.commission;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.SessionId;

/** Out-port: commission sessions, the requests confirmed for them and their ranked lists. */
public interface CommissionSessions {

    void add(CommissionSession session);

    Optional<CommissionSession> byId(SessionId id);

    /** Every session, latest date first. */
    List<CommissionSession> all();

    /**
     * Holds the session until the current transaction ends: allocations, answers and expiries of
     * one session run one after the other, in every instance sharing the database.
     */
    void lock(SessionId id);

    /** Records that a request was confirmed for the session; false when it already was. */
    boolean confirm(SessionId session, NurseryRequestId request);

    /** Saves the ranked lists of a session that was still open and marks it allocated; false when it no longer was open. */
    boolean allocate(CommissionSession allocated);

    /** Saves the members present, written for the minutes. */
    void updateMembers(CommissionSession session);
}
