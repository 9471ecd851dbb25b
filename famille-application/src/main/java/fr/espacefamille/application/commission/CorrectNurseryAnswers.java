package fr.espacefamille.application.commission;

import java.util.Map;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Nursery staff correct a request's answers after checking them against the documents (§9), with a
 * written reason: audited, kept in the request's history that the family reads too, and the score
 * follows (scores are always computed from the answers). A request whose place was accepted is closed.
 */
public final class CorrectNurseryAnswers {

    static final Refusal NOT_EDITABLE = Refusal.conflict("NOT_EDITABLE", "Cette demande a obtenu une place : ses réponses ne changent plus.");

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final java.time.Clock clock;
    private final Standings standings;

    public CorrectNurseryAnswers(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.clock = context.clock();
        this.standings = context.standings();
    }

    /** {@code answers}: criterion → the right answer (the others stay as they are). */
    public NurseryRequestView correct(Actor actor, NurseryRequestId id, Map<String, Boolean> answers, String reason) {
        actor.require(Role.NURSERY_AGENT);
        if (reason == null || reason.isBlank()) {
            throw Refusals.invalid("reason", "indiquez le motif de la correction");
        }
        if (answers == null || answers.isEmpty()) {
            throw Refusals.invalid("answers", "indiquez au moins une réponse");
        }
        answers.forEach((code, yes) -> {
            if (yes == null) {
                throw Refusals.invalid("answers." + code, "répondez oui ou non");
            }
            if (stores.grids().all().stream().noneMatch(g -> g.criterion(code).isPresent())) {
                throw Refusals.invalid("answers." + code, "critère inconnu de la grille");
            }
        });
        return transactions.inTransaction(() -> {
            NurseryRequest request = RequestAccess.reachForChange(stores.requests(), actor, id);
            if (request.status() == NurseryRequestStatus.ACCEPTED) {
                throw Refusals.refuse(NOT_EDITABLE);
            }
            NurseryRequest corrected;
            try {
                corrected = request.corrected(answers, actor.username(), clock.instant(), reason);
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid(e.getMessage().contains("motif") ? "reason" : "answers", e.getMessage());
            }
            stores.requests().update(corrected);
            var correction = corrected.corrections().get(corrected.corrections().size() - 1);
            audit.record(actor, "NURSERY_PREREGISTRATION_CORRECTED", id, AuditJson.of("answers", request.answers()),
                    AuditJson.of("answers", corrected.answers(), "changes", correction.changes(), "reason", correction.reason()));
            return standings.of(corrected);
        });
    }
}
