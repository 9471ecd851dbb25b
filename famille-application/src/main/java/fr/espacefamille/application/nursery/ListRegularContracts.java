package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.nursery.RegularContract;

/** The regular contracts running today or later, for nursery staff. */
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

    public List<ContractLine> current(Actor actor) {
        actor.require(Role.NURSERY_AGENT);
        return stores.contracts().runningFrom(LocalDate.now(clock)).stream()
                .map(c -> new ContractLine(c, stores.families().byChild(c.child())
                        .flatMap(f -> f.child(c.child())).orElseThrow()))
                .toList();
    }
}
