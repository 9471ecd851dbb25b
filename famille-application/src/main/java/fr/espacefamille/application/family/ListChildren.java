package fr.espacefamille.application.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A parent lists their family's children with the services they are enrolled in from today on.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class ListChildren {

    /** A child with the services it is enrolled in today. */
    public record ChildServices(Child child, Set<ChildService> services) {
        public ChildServices {
            services = services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
        }
    }

    private final Families families;
    private final Enrolments enrolments;
    private final Clock clock;

    public ListChildren(Families families, Enrolments enrolments, Clock clock) {
        this.families = families;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    public List<ChildServices> list(Actor actor) {
        if (actor.isStaff()) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        if (actor.family().isEmpty()) {
            return List.of(); // an applicant account: no family, so no child yet
        }
        Family family = families.byId(actor.family().get()).orElseThrow(Refusals::notFound);
        LocalDate today = LocalDate.now(clock);
        return family.children().stream()
                .map(child -> new ChildServices(child, enrolments.ofChild(child.id()).stream()
                        .filter(e -> !e.to().isBefore(today))
                        .map(Enrolment::service)
                        .collect(Collectors.toSet())))
                .toList();
    }
}
