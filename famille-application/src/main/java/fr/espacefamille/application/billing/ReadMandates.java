package fr.espacefamille.application.billing;

import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;

/** Mandates as a family sees its own, and as staff list them by régie and status; the creditor printed on mandates. */
public final class ReadMandates {

    static final int STAFF_LIMIT = 1000;

    private final DirectDebits directDebits;
    private final Creditor creditor;

    public ReadMandates(DirectDebits directDebits, Creditor creditor) {
        this.directDebits = directDebits;
        this.creditor = creditor;
    }

    /** A parent's family's mandates (any régie and status); staff: those of the régie and status asked (null: all). */
    public List<DirectDebitMandate> list(Actor actor, Regie regie, MandateStatus status) {
        if (actor.isStaff()) {
            return directDebits.search(regie, status, STAFF_LIMIT);
        }
        return actor.family().map(family -> directDebits.ofFamily(family).stream()
                .filter(m -> (regie == null || m.regie() == regie) && (status == null || m.status() == status)).toList())
                .orElse(List.of());
    }

    public DirectDebitMandate byId(Actor actor, MandateId id) {
        return directDebits.byId(id).filter(m -> actor.mayReach(m.family())).orElseThrow(Refusals::notFound);
    }

    public Creditor creditor() {
        return creditor;
    }
}
