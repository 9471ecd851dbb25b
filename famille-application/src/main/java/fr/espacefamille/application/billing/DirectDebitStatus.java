package fr.espacefamille.application.billing;

import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/**
 * Whether a family pays a régie by direct debit: such a family is not offered card payment for
 * that régie (SPEC §4). The card-payment feature asks {@link #hasActiveMandate}.
 */
public final class DirectDebitStatus {

    private final DirectDebits directDebits;

    public DirectDebitStatus(DirectDebits directDebits) {
        this.directDebits = directDebits;
    }

    public boolean hasActiveMandate(FamilyId family, Regie regie) {
        return directDebits.of(family, regie).map(DirectDebitMandate::active).orElse(false);
    }

    /** A family's mandates, for staff or the family itself. */
    public List<DirectDebitMandate> ofFamily(Actor actor, FamilyId family) {
        if (!actor.mayReach(family)) {
            throw Refusals.notFound();
        }
        return directDebits.ofFamily(family);
    }
}
