package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.RegularContract;

/**
 * Regular contracts: those running today or later, for nursery staff; a child's, for its family too.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class ListRegularContracts {

    /** A contract with its child, for lists. */
    public record ContractLine(RegularContract contract, Child child) {
    }

    private final NurseryStores stores;
    private final Clock clock;

    public ListRegularContracts(NurseryStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** A child's contracts, for its family or nursery staff. */
    public List<RegularContract> ofChild(Actor actor, ChildId child) {
        stores.access().reach(actor, child);
        return stores.contracts().ofChild(child);
    }

    public List<ContractLine> current(Actor actor) {
        actor.require(Role.NURSERY_AGENT);
        return stores.contracts().runningFrom(LocalDate.now(clock)).stream()
                .map(c -> new ContractLine(c, stores.families().byChild(c.child())
                        .flatMap(f -> f.child(c.child())).orElseThrow()))
                .toList();
    }
}
