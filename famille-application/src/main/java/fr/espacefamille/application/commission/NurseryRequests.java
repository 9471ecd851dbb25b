package fr.espacefamille.application.commission;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.family.FamilyId;

/** Out-port: pre-registrations, with their answers and documents. */
public interface NurseryRequests {

    /**
     * Adds the request unless another pending request has the same {@link NurseryRequest#childKey()}:
     * false then, even when both arrive at once.
     */
    boolean add(NurseryRequest request);

    /** Saves a change of status, birth, answers, corrections, documents, child or family. */
    void update(NurseryRequest request);

    Optional<NurseryRequest> byId(NurseryRequestId id);

    /**
     * As {@link #byId}, and no other transaction changes the request until this one ends: every
     * change rewrites the whole request, so two staff correcting it at once, or a correction beside a
     * birth or an accepted offer, would otherwise keep only the last one.
     */
    Optional<NurseryRequest> byIdForChange(NurseryRequestId id);

    /**
     * The family's requests and those the account filed (an applicant's, also once they joined the
     * family made for it), either may be null; oldest first.
     */
    List<NurseryRequest> of(FamilyId family, AccountId requester);

    /** Every request, oldest first. */
    List<NurseryRequest> all();
}
