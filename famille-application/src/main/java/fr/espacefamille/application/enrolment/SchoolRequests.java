package fr.espacefamille.application.enrolment;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Out-port: enrolment requests. The store guarantees the two rules concurrency could break: one
 * open request per child (same names and birth date) and year, and one winner among changes
 * made from the same version of a request.
 */
public interface SchoolRequests {

    /** Adds a request; false when an open request for the same child and year exists (nothing stored). */
    boolean add(SchoolRequest request);

    /**
     * Saves a changed request (its version one above the stored one); false, storing nothing, when
     * the stored version is not the one it was changed from, or when it would reopen a duplicate.
     */
    boolean update(SchoolRequest request);

    Optional<SchoolRequest> byId(SchoolRequestId id);

    /** The requests filed by this account, or for this family or accepted into it ({@code family} may be null), newest first. */
    List<SchoolRequest> of(AccountId requester, FamilyId family);

    /** Staff's queue; a null criterion matches any. Oldest first. */
    List<SchoolRequest> search(SchoolRequestStatus status, SchoolId school, Grade grade);

    /** Whether a request for this child (its identity) and year was accepted. */
    boolean acceptedFor(String childIdentity, SchoolYearLabel schoolYear);
}
