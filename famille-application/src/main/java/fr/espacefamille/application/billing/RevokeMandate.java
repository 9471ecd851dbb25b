package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.MandateId;

/**
 * A guardian of the family or finance staff revoke a mandate: the family pays by card, cash or
 * cheque again. Revoking a revoked mandate changes nothing. Invoices already in a file sent to the
 * bank stay in it.
 */
public final class RevokeMandate {

    private final DirectDebits directDebits;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public RevokeMandate(DirectDebits directDebits, Transactions transactions, Audit audit, Clock clock) {
        this.directDebits = directDebits;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public DirectDebitMandate revoke(Actor actor, MandateId id) {
        if (actor.isStaff()) {
            actor.require(Role.FINANCE_AGENT);
        }
        return transactions.inTransaction(() -> {
            DirectDebitMandate mandate = directDebits.byId(id).filter(m -> actor.mayReach(m.family())).orElseThrow(Refusals::notFound);
            if (!mandate.live()) {
                return mandate;
            }
            DirectDebitMandate revoked = mandate.revoke(LocalDate.now(clock));
            directDebits.update(revoked);
            audit.record(actor, "MANDATE_REVOKED", mandate.rum(), MandateAudit.of(mandate), MandateAudit.of(revoked));
            return revoked;
        });
    }
}
