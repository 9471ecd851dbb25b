package fr.espacefamille.application.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;

/** Out-port: children's enrolments in services. */
public interface Enrolments {

    void add(Enrolment enrolment);

    /** Replaces an enrolment's dates (a contract ended early, say). */
    void update(Enrolment enrolment);

    Optional<Enrolment> byId(EnrolmentId id);

    List<Enrolment> ofChild(ChildId child);

    /** The enrolments of all these children, in one read. */
    List<Enrolment> ofChildren(Collection<ChildId> children);

    /** The child's enrolment in that service covering that day, if any. */
    default Optional<Enrolment> covering(ChildId child, ChildService service, LocalDate date) {
        return ofChild(child).stream().filter(e -> e.service() == service && e.covers(date)).findFirst();
    }

    /** Those of {@code children} enrolled in that service on that day. */
    default Set<ChildId> enrolledAmong(Collection<ChildId> children, ChildService service, LocalDate date) {
        return ofChildren(children).stream().filter(e -> e.service() == service && e.covers(date)).map(Enrolment::child)
                .collect(Collectors.toSet());
    }
}
