package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.application.family.AddressRequests;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.family.FamilyId;

/** In-memory {@link AddressRequests}. */
public final class InMemoryAddressRequests implements AddressRequests {

    private final Map<AddressRequestId, AddressRequest> requests;

    public InMemoryAddressRequests(InMemoryTransactions transactions) {
        this.requests = new InMemoryMap<AddressRequestId, AddressRequest>(transactions).map();
    }

    @Override
    public synchronized void add(AddressRequest request) {
        if (request.isPending() && pendingOf(request.family()).isPresent()) {
            throw new IllegalStateException("The family already has a pending address request: " + request.family());
        }
        if (requests.putIfAbsent(request.id(), request) != null) {
            throw new IllegalStateException("Address request already stored: " + request.id());
        }
    }

    @Override
    public void update(AddressRequest request) {
        if (requests.replace(request.id(), request) == null) {
            throw new IllegalStateException("Unknown address request: " + request.id());
        }
    }

    @Override
    public Optional<AddressRequest> byId(AddressRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public Optional<AddressRequest> pendingOf(FamilyId family) {
        return requests.values().stream().filter(r -> r.isPending() && r.family().equals(family)).findFirst();
    }

    @Override
    public List<AddressRequest> pending(int limit) {
        return requests.values().stream().filter(AddressRequest::isPending)
                .sorted(Comparator.comparing(AddressRequest::requestedAt).thenComparing(r -> r.id().toString()))
                .limit(limit).toList();
    }

    /** Whether a request holds this document as its proof ({@link InMemoryDocumentUses}). */
    public boolean refersTo(DocumentId document) {
        return requests.values().stream().anyMatch(r -> document.equals(r.proof()));
    }
}
