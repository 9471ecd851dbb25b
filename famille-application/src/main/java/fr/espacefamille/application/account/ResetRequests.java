package fr.espacefamille.application.account;

import java.time.Instant;

/**
 * Out-port: when password resets were asked, per requester (an account, or a login that matches
 * none), held in the database so that the limit holds across app instances.
 */
public interface ResetRequests {

    /**
     * Records a request at {@code at}, forgets the requester's requests older than {@code since}
     * and answers how many are left, this one included.
     */
    int record(String requester, Instant at, Instant since);
}
