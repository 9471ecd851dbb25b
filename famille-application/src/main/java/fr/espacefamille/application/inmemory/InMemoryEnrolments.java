package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;

/** In-memory {@link Enrolments}. */
public final class InMemoryEnrolments implements Enrolments {

    private final Map<EnrolmentId, Enrolment> enrolments;

    public InMemoryEnrolments(InMemoryTransactions transactions) {
        this.enrolments = new InMemoryMap<EnrolmentId, Enrolment>(transactions).map();
    }

    @Override
    public void add(Enrolment enrolment) {
        enrolments.put(enrolment.id(), enrolment);
    }

    @Override
    public void update(Enrolment enrolment) {
        enrolments.put(enrolment.id(), enrolment);
    }

    @Override
    public Optional<Enrolment> byId(EnrolmentId id) {
        return Optional.ofNullable(enrolments.get(id));
    }

    @Override
    public List<Enrolment> ofChild(ChildId child) {
        return ofChildren(Set.of(child));
    }

    @Override
    public List<Enrolment> ofChildren(Collection<ChildId> children) {
        Set<ChildId> wanted = Set.copyOf(children);
        return enrolments.values().stream().filter(e -> wanted.contains(e.child()))
                .sorted(Comparator.comparing(Enrolment::from)).toList();
    }
}
