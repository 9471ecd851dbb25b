package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.commission.NurseryRequests;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.family.FamilyId;

/** In-memory {@link NurseryRequests}. */
public final class InMemoryNurseryRequests implements NurseryRequests {

    private final Map<NurseryRequestId, NurseryRequest> requests;

    public InMemoryNurseryRequests(InMemoryTransactions transactions) {
        this.requests = new InMemoryMap<NurseryRequestId, NurseryRequest>(transactions).map();
    }

    @Override
    public synchronized boolean add(NurseryRequest request) {
        boolean duplicate = requests.values().stream()
                .anyMatch(r -> r.isPending() && r.childKey().equals(request.childKey()));
        if (duplicate || requests.containsKey(request.id())) {
            return false;
        }
        requests.put(request.id(), request);
        return true;
    }

    /** The in-memory transactions already run one at a time. */
    @Override
    public Optional<NurseryRequest> byIdForChange(NurseryRequestId id) {
        return byId(id);
    }

    @Override
    public void update(NurseryRequest request) {
        if (requests.replace(request.id(), request) == null) {
            throw new IllegalStateException("Unknown nursery request: " + request.id());
        }
    }

    @Override
    public Optional<NurseryRequest> byId(NurseryRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public List<NurseryRequest> of(FamilyId family, AccountId requester) {
        return sorted(requests.values().stream().filter(r -> family != null && family.equals(r.family())
                || requester != null && requester.equals(r.requester())).toList());
    }

    @Override
    public List<NurseryRequest> all() {
        return sorted(List.copyOf(requests.values()));
    }

    private static List<NurseryRequest> sorted(List<NurseryRequest> list) {
        return list.stream().sorted(Comparator.comparing(NurseryRequest::submittedAt).thenComparing(r -> r.id().toString())).toList();
    }
}
