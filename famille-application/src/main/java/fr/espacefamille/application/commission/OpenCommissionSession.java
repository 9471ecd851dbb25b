package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Nursery staff open a commission session; each family with an open request whose wished start
 * falls in the session's period is e-mailed to confirm it by the deadline. Two open sessions never
 * fill overlapping periods, so a request is examined by one session at a time.
 */
public final class OpenCommissionSession {

    public record Command(LocalDate date, LocalDate startFrom, LocalDate startTo, LocalDate confirmBy,
            Map<AgeGroup, Integer> places, String members) {
    }

    static final Refusal SESSION_OVERLAP = Refusal.conflict("SESSION_OVERLAP",
            "La période de cette commission chevauche celle d'une autre commission ouverte.");

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Mailer mailer;
    private final CommissionMails mails;
    private final Clock clock;

    public OpenCommissionSession(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.mailer = context.mailer();
        this.mails = context.mails();
        this.clock = context.clock();
    }

    public CommissionSession open(Actor actor, Command command) {
        actor.require(Role.NURSERY_AGENT);
        LocalDate today = LocalDate.now(clock);
        if (command.confirmBy().isBefore(today)) {
            throw Refusals.invalid("confirmBy", "la date limite de confirmation est déjà passée");
        }
        CommissionSession session = CommissionSession.open(SessionId.random(), command.date(), command.startFrom(),
                command.startTo(), command.confirmBy(), command.places(), command.members());
        List<Mail> outbox = new ArrayList<>();
        transactions.run(() -> {
            if (stores.sessions().all().stream().anyMatch(s -> s.status() == SessionStatus.OPEN && s.overlaps(session))) {
                throw Refusals.refuse(SESSION_OVERLAP);
            }
            stores.sessions().add(session);
            audit.record(actor, "NURSERY_SESSION_OPENED", session.id(), null, AuditJson.of("date", session.date(),
                    "startFrom", session.startFrom(), "startTo", session.startTo(), "confirmBy", session.confirmBy(),
                    "places", session.places()));
            stores.requests().all().stream()
                    .filter(r -> r.status() == NurseryRequestStatus.OPEN && session.covers(r.wishedStart()))
                    .forEach(r -> outbox.addAll(mails.confirmationInvited(session, r)));
        });
        outbox.forEach(mailer::send);
        return session;
    }
}
