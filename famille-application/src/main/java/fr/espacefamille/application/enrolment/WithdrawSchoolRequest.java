package fr.espacefamille.application.enrolment;

import java.time.Clock;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.shared.Refusal;

/** The requester withdraws a request before any decision (§8); a decided one is {@code NOT_EDITABLE}. */
public final class WithdrawSchoolRequest {

    private final SchoolRequests requests;
    private final SchoolRequestMails mails;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public WithdrawSchoolRequest(SchoolRequests requests, SchoolRequestMails mails, Transactions transactions, Audit audit,
            Clock clock) {
        this.requests = requests;
        this.mails = mails;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public SchoolRequest withdraw(Actor actor, SchoolRequestId id) {
        SchoolRequest current = new SchoolRequestAccess(requests).reach(actor, id);
        if (actor.isStaff() || !current.status().isOpen()) {
            throw Refusals.refuse(actor.isStaff() ? Refusal.forbidden() : Refusals.NOT_EDITABLE);
        }
        SchoolRequest withdrawn = current.withdrawn(clock.instant(), actor.username());
        transactions.run(() -> {
            if (!requests.update(withdrawn)) {
                throw Refusals.refuse(Refusals.NOT_EDITABLE);
            }
            audit.record(actor, "SCHOOL_REQUEST_WITHDRAWN", id, SubmitSchoolRequest.describe(current),
                    SubmitSchoolRequest.describe(withdrawn));
        });
        mails.changed(withdrawn);
        return withdrawn;
    }
}
