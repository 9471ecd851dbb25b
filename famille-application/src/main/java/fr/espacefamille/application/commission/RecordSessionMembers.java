package fr.espacefamille.application.commission;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.SessionId;

/** Nursery staff write the members present at a session, printed on its minutes. */
public final class RecordSessionMembers {

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;

    public RecordSessionMembers(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
    }

    public CommissionSession record(Actor actor, SessionId id, String members) {
        actor.require(Role.NURSERY_AGENT);
        return transactions.inTransaction(() -> {
            CommissionSession session = stores.sessions().byId(id).orElseThrow(Refusals::notFound);
            CommissionSession updated = session.withMembers(members);
            stores.sessions().updateMembers(updated);
            audit.record(actor, "NURSERY_SESSION_MEMBERS", id, AuditJson.of("members", session.members()),
                    AuditJson.of("members", updated.members()));
            return updated;
        });
    }
}
