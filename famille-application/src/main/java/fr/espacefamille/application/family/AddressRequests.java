package fr.espacefamille.application.family;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.family.FamilyId;

/** Out-port: guardians' requests to change their family's address; at most one pending per family. */
public interface AddressRequests {

    void add(AddressRequest request);

    /** Saves a request's decision. */
    void update(AddressRequest request);

    Optional<AddressRequest> byId(AddressRequestId id);

    Optional<AddressRequest> pendingOf(FamilyId family);

    /** Pending requests, oldest first, at most {@code limit}. */
    List<AddressRequest> pending(int limit);
}
