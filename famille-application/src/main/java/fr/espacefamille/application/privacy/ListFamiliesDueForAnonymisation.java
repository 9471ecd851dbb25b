package fr.espacefamille.application.privacy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.privacy.RetentionPolicy;

/** Staff (ADMIN) see the families that will be anonymised within a month of a day, and which are held. */
public final class ListFamiliesDueForAnonymisation {

    public record Due(FamilyId family, String name, LocalDate dueOn, Optional<FamilyRetention.Hold> hold) {
    }

    private final FamilyRetention retention;

    public ListFamiliesDueForAnonymisation(FamilyRetention retention) {
        this.retention = retention;
    }

    public List<Due> list(Actor actor, LocalDate on) {
        actor.require(Role.ADMIN);
        Map<FamilyId, FamilyRetention.Hold> holds = retention.holds();
        return retention.activities().stream()
                .filter(activity -> RetentionPolicy.isDueWithinNotice(activity, on))
                .map(activity -> new Due(activity.family(), activity.name(), RetentionPolicy.dueOn(activity).orElseThrow(),
                        Optional.ofNullable(holds.get(activity.family()))))
                .sorted(Comparator.comparing(Due::dueOn).thenComparing(Due::name))
                .toList();
    }
}
