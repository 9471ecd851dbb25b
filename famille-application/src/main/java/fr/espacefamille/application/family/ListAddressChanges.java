package fr.espacefamille.application.family;

import java.util.List;

import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.family.Family;

/**
 * Staff list the address changes waiting for a decision, oldest first.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class ListAddressChanges {

    private static final int LIMIT = 500;

    private final AddressRequests addressRequests;
    private final Families families;
    private final Documents documents;

    public ListAddressChanges(AddressRequests addressRequests, Families families, Documents documents) {
        this.addressRequests = addressRequests;
        this.families = families;
        this.documents = documents;
    }

    public List<PendingAddressChange> pending(Actor actor) {
        actor.require(DecideAddressChange.DECIDERS);
        return addressRequests.pending(LIMIT).stream()
                .flatMap(request -> families.byId(request.family()).stream().map(family -> of(request, family)))
                .toList();
    }

    private PendingAddressChange of(AddressRequest request, Family family) {
        return new PendingAddressChange(request, family, family.guardian(request.guardian()).orElse(null),
                request.proofDocument().flatMap(documents::byId).orElse(null));
    }
}
