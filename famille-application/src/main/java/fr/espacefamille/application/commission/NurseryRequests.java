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

    /** Saves a change of status, birth, answers, documents or child. */
    void update(NurseryRequest request);

    Optional<NurseryRequest> byId(NurseryRequestId id);

    /** The family's requests, or an applicant's (no family) by its account; oldest first. */
    List<NurseryRequest> of(FamilyId family, AccountId requester);

    /** Every request, oldest first. */
    List<NurseryRequest> all();
}
