package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.RankedRequest;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Nursery staff run a session's allocation, once: per age group the confirmed requests are ranked
 * by score (ties: earlier request, then id), staff's changes of order applied with their written
 * reasons (audited), and places offered from the top. Two staff allocating at once: the session's
 * lock and its open-to-allocated switch let one through, the other gets {@code ALREADY_ALLOCATED}.
 */
public final class AllocateSession {

    static final Refusal ALREADY_ALLOCATED = Refusal.conflict("ALREADY_ALLOCATED", "Les places de cette commission ont déjà été attribuées.");

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Mailer mailer;
    private final Scores scores;
    private final Places places;
    private final OfferClosing closing;
    private final ReadCommissionSessions read;
    private final Clock clock;

    public AllocateSession(CommissionContext context, ReadCommissionSessions read) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.mailer = context.mailer();
        this.scores = new Scores(stores.grids(), context.clock().getZone());
        this.places = context.places();
        this.closing = context.closing();
        this.read = read;
        this.clock = context.clock();
    }

    public SessionView allocate(Actor actor, SessionId id, List<Ranking.Override> overrides) {
        actor.require(Role.NURSERY_AGENT);
        Instant now = clock.instant();
        List<Mail> outbox = new ArrayList<>();
        transactions.run(() -> {
            stores.sessions().lock(id);
            CommissionSession session = stores.sessions().byId(id).orElseThrow(Refusals::notFound);
            if (session.status() != SessionStatus.OPEN) {
                throw Refusals.refuse(ALREADY_ALLOCATED);
            }
            List<Ranking.Candidate> candidates = scores.candidates(stores, session);
            Set<NurseryRequestId> examined = candidates.stream().map(Ranking.Candidate::request).collect(Collectors.toSet());
            for (int i = 0; i < overrides.size(); i++) {
                if (!examined.contains(overrides.get(i).request())) {
                    throw Refusals.invalid("overrides[" + i + "].requestId", "cette demande n'est pas examinée par la commission");
                }
            }
            CommissionSession allocated = session.allocated(Ranking.rank(candidates, overrides));
            if (!stores.sessions().allocate(allocated)) {
                throw Refusals.refuse(ALREADY_ALLOCATED);
            }
            List<Audit.Change> changes = new ArrayList<>();
            changes.add(new Audit.Change(actor, "NURSERY_SESSION_ALLOCATED", id, AuditJson.of("status", SessionStatus.OPEN),
                    AuditJson.of("status", SessionStatus.ALLOCATED, "examined", candidates.size())));
            for (RankedRequest ranked : allocated.ranking()) {
                if (ranked.overridden()) {
                    changes.add(new Audit.Change(actor, "NURSERY_RANK_OVERRIDDEN", ranked.request(), null, AuditJson.of("session", id,
                            "group", ranked.group(), "rank", ranked.rank(), "score", ranked.score(), "reason", ranked.overrideReason())));
                }
            }
            audit.recordAll(changes);
            for (AgeGroup group : AgeGroup.values()) {
                closing.offer(allocated, places.fill(allocated, group, now), outbox);
            }
        });
        outbox.forEach(mailer::send);
        return read.one(actor, id);
    }
}
