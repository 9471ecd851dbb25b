package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.shared.Refusal;

/**
 * The family confirms an open request for the open session whose period holds its wished start,
 * by the session's confirmation deadline; confirming twice is harmless.
 */
public final class ConfirmNurseryRequest {

    static final Refusal NOT_CONFIRMABLE = Refusal.conflict("NOT_CONFIRMABLE",
            "Aucune commission n'attend de confirmation pour cette demande.");

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ConfirmNurseryRequest(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.clock = context.clock();
    }

    /** The session the request is confirmed for. */
    public CommissionSession confirm(Actor actor, NurseryRequestId id) {
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            NurseryRequest request = RequestAccess.reach(stores.requests(), actor, id);
            CommissionSession session = confirmable(stores, request, today).orElseThrow(() -> Refusals.refuse(NOT_CONFIRMABLE));
            if (stores.sessions().confirm(session.id(), request.id())) {
                audit.record(actor, "NURSERY_PREREGISTRATION_CONFIRMED", request.id(), null,
                        fr.espacefamille.application.audit.AuditJson.of("session", session.id(), "sessionDate", session.date()));
            }
            return session;
        });
    }

    /** The open session the request may be confirmed for today, if any. */
    static java.util.Optional<CommissionSession> confirmable(CommissionStores stores, NurseryRequest request, LocalDate today) {
        if (request.status() != NurseryRequestStatus.OPEN
                || stores.offers().ofRequest(request.id()).stream().anyMatch(o -> o.status() == OfferStatus.PENDING)) {
            return java.util.Optional.empty();
        }
        return stores.sessions().all().stream()
                .filter(s -> s.takesConfirmations(today) && s.covers(request.wishedStart())).findFirst();
    }
}
