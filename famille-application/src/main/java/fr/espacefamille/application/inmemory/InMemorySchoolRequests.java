package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.enrolment.SchoolRequests;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/** In-memory {@link SchoolRequests}. */
public final class InMemorySchoolRequests implements SchoolRequests {

    private final Map<SchoolRequestId, SchoolRequest> requests;

    public InMemorySchoolRequests(InMemoryTransactions transactions) {
        this.requests = new InMemoryMap<SchoolRequestId, SchoolRequest>(transactions).map();
    }

    @Override
    public synchronized boolean add(SchoolRequest request) {
        if (openDuplicate(request)) {
            return false;
        }
        requests.put(request.id(), request);
        return true;
    }

    @Override
    public synchronized boolean update(SchoolRequest request) {
        SchoolRequest stored = requests.get(request.id());
        if (stored == null || stored.version() != request.version() - 1 || openDuplicate(request)) {
            return false;
        }
        requests.put(request.id(), request);
        return true;
    }

    private boolean openDuplicate(SchoolRequest request) {
        return request.status().isOpen() && requests.values().stream().anyMatch(r -> !r.id().equals(request.id())
                && r.status().isOpen() && r.form().schoolYear().equals(request.form().schoolYear())
                && r.form().child().identity().equals(request.form().child().identity()));
    }

    @Override
    public Optional<SchoolRequest> byId(SchoolRequestId id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public List<SchoolRequest> of(AccountId requester, FamilyId family) {
        return requests.values().stream()
                .filter(r -> r.requester().equals(requester) || (family != null && (family.equals(r.family())
                        || r.accepted().map(a -> family.equals(a.family())).orElse(false))))
                .sorted(Comparator.comparing((SchoolRequest r) -> r.history().get(0).at()).reversed()).toList();
    }

    @Override
    public List<SchoolRequest> search(SchoolRequestStatus status, SchoolId school, Grade grade) {
        return requests.values().stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> school == null || school.equals(r.school()))
                .filter(r -> grade == null || grade == r.grade())
                .sorted(Comparator.comparing((SchoolRequest r) -> r.history().get(0).at())).toList();
    }

    @Override
    public boolean acceptedFor(String childIdentity, SchoolYearLabel schoolYear) {
        return requests.values().stream().anyMatch(r -> r.status() == SchoolRequestStatus.ACCEPTED
                && r.form().schoolYear().equals(schoolYear) && r.form().child().identity().equals(childIdentity));
    }
}
