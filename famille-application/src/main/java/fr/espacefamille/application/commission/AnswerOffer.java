package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.commission.Applicant;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferId;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Refusal;

/**
 * The family accepts or refuses an offer by its deadline. Accepting makes the regular contract from
 * the wished start with the wished schedule until the day before the 4th birthday (the child joins
 * the family first when the town did not know it; an applicant's family is made first, with the
 * applicant as its first guardian), all in one transaction; refusing gives the place at once to the
 * next request of the list. An answer after the deadline expires the offer and is refused.
 */
public final class AnswerOffer {

    public record Result(Offer offer) {
    }

    static final Refusal OFFER_EXPIRED = Refusal.conflict("OFFER_EXPIRED",
            "Le délai de réponse à cette proposition est dépassé : la place a été proposée à la famille suivante.");
    static final Refusal ALREADY_ANSWERED = Refusal.conflict("ALREADY_ANSWERED", "Vous avez déjà répondu à cette proposition.");

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Mailer mailer;
    private final OfferClosing closing;
    private final RegisterRegularContract registerContract;
    private final Audit audit;
    private final Clock clock;

    public AnswerOffer(CommissionContext context, RegisterRegularContract registerContract) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.mailer = context.mailer();
        this.closing = context.closing();
        this.registerContract = registerContract;
        this.audit = context.audit();
        this.clock = context.clock();
    }

    public Result answer(Actor actor, OfferId id, boolean accept) {
        Instant now = clock.instant();
        List<Mail> outbox = new ArrayList<>();
        Offer answered = transactions.inTransaction(() -> {
            Offer seen = stores.offers().byId(id).orElseThrow(Refusals::notFound);
            NurseryRequest request = RequestAccess.reach(stores.requests(), actor, seen.request());
            stores.sessions().lock(seen.session());
            Offer offer = stores.offers().byId(id).orElseThrow();
            if (offer.lapsedAt(now)) {
                Offer expired = offer.expired(now);
                closing.close(Actor.SYSTEM, expired, now, outbox);
                return expired;
            }
            if (offer.status() == OfferStatus.EXPIRED) {
                return offer;
            }
            if (offer.status() != OfferStatus.PENDING) {
                throw Refusals.refuse(ALREADY_ANSWERED);
            }
            Offer closed = accept ? accept(offer, request, now) : offer.refused(now);
            closing.close(actor, closed, now, outbox);
            return closed;
        });
        outbox.forEach(mailer::send);
        if (answered.status() == OfferStatus.EXPIRED) {
            throw Refusals.refuse(OFFER_EXPIRED);
        }
        return new Result(answered);
    }

    private Offer accept(Offer offer, NurseryRequest request, Instant now) {
        Family family = request.family() != null ? stores.families().byId(request.family()).orElseThrow() : familyOf(request);
        ChildId child = request.child();
        if (child == null) {
            Child newcomer = new Child(ChildId.random(), request.firstName(), request.lastName(), request.birthDate(), null, null);
            stores.families().update(family.withChild(newcomer));
            child = newcomer.id();
        }
        EnrolmentId contract = registerContract.register(Actor.SYSTEM, new RegisterRegularContract.Command(child, offer.start(),
                AgeLimits.lastDay(request.birthDate()), request.schedule().days(), List.of()));
        stores.requests().update(stores.requests().byIdForChange(request.id()).orElseThrow().accepted(family.id(), child));
        return offer.accepted(now, contract);
    }

    /**
     * The family of an applicant's request: the one the account joined meanwhile (a school enrolment
     * accepted), else a new family whose first guardian is the applicant, at the address given,
     * resident exactly when the request says so (as staff checked it). The account joins it, its
     * documents and its other requests pass to it.
     */
    private Family familyOf(NurseryRequest request) {
        Account account = stores.accounts().byId(request.requester()).orElseThrow();
        Family family;
        if (account.familyId() != null) {
            family = stores.families().byId(account.familyId()).orElseThrow();
        } else {
            Applicant applicant = request.applicant();
            Guardian first = new Guardian(GuardianId.random(), applicant.firstName(), applicant.lastName(), account.email(),
                    applicant.phone());
            family = Family.create(FamilyId.random(), applicant.lastName(), applicant.address(),
                    request.answers().getOrDefault(ScoringGrid.RESIDENT, false), null, LocalDate.ofInstant(clock.instant(), clock.getZone()),
                    Resources.UNDECLARED, List.of(first), List.of());
            stores.families().add(family);
            stores.accounts().update(account.joiningFamily(family.id(), first.id()));
            stores.documents().handOver(account.id(), family.id());
            audit.record(Actor.SYSTEM, "FAMILY_CREATED", family.id(), null, AuditJson.of("name", family.name(),
                    "fromNurseryRequest", request.id(), "resident", family.resident()));
        }
        for (NurseryRequest own : stores.requests().of(null, account.id())) {
            if (own.family() == null) {
                stores.requests().update(own.inFamily(family.id()));
            }
        }
        return family;
    }
}
