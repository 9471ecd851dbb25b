package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.commission.AllocateSession;
import fr.espacefamille.application.commission.AnswerOffer;
import fr.espacefamille.application.commission.CommissionContext;
import fr.espacefamille.application.commission.ConfirmNurseryRequest;
import fr.espacefamille.application.commission.CorrectNurseryAnswers;
import fr.espacefamille.application.commission.ExpireOffers;
import fr.espacefamille.application.commission.NurseryRequestView;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.commission.ReadCommissionSessions;
import fr.espacefamille.application.commission.RecordSessionMembers;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.DailyHours;

/**
 * The demo town's commission, through the use cases: the grid of §9, a session held six months ago
 * (with its members, ranked lists, an accepted and a refused offer: its minutes print), and an open
 * session with requests — one confirmed, one still to confirm (whose answers staff corrected), one
 * awaiting the birth. The past is
 * written by the same use cases on a clock set six months back (its e-mails are not sent). Requests
 * are filed, a few per demo family, as its first guardian; the demo guardians have no account yet, so the
 * guardian's id stands for the requester's account. Done once: a town with a grid is left alone.
 */
final class CommissionDemo {

    private static final Logger LOG = LoggerFactory.getLogger(CommissionDemo.class);
    private static final Actor AGENT = Actor.SYSTEM;
    private static final Map<DayOfWeek, DailyHours> WEEK = Map.of(
            DayOfWeek.MONDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 30)),
            DayOfWeek.TUESDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 30)),
            DayOfWeek.THURSDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 30)),
            DayOfWeek.FRIDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(12, 30)));

    private final SharedWiring core;
    private final CommissionWiring commission;
    private final NurseryWiring nursery;

    CommissionDemo(SharedWiring core, CommissionWiring commission, NurseryWiring nursery) {
        this.core = core;
        this.commission = commission;
        this.nursery = nursery;
    }

    void loadIfEmpty() {
        CommissionContext now = commission.context;
        if (!now.stores().grids().all().isEmpty()) {
            return;
        }
        List<Family> families = core.families().after(null, 6).stream().filter(f -> !f.guardians().isEmpty()).toList();
        if (families.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(core.clock());
        now.stores().grids().save(ScoringGrid.example(today.minusYears(1)));

        Clock past = Clock.offset(core.clock(), Duration.ofDays(-182));
        LocalDate then = LocalDate.now(past);
        CommissionContext before = new CommissionContext(now.stores(), now.transactions(), new Audit(core.auditLog(), past),
                mail -> { }, past, core.config().baseUrl().toString(), core.config().town());
        LocalDate pastStart = then.plusMonths(3);
        NurseryRequestView lina = request(before, families.get(0 % families.size()), "Lina", then.minusMonths(5), null, pastStart, true);
        NurseryRequestView noe = request(before, families.get(1 % families.size()), "Noé", then.minusMonths(4), null, pastStart, false);
        NurseryRequestView jade = request(before, families.get(2 % families.size()), "Jade", then.minusMonths(20), null, pastStart, true);
        CommissionSession held = new OpenCommissionSession(before).open(AGENT, new OpenCommissionSession.Command(then.plusDays(21),
                then.plusMonths(2), then.plusMonths(5), then.plusDays(14), Map.of(AgeGroup.BABY, 1, AgeGroup.MIDDLE, 1), null));
        for (var view : List.of(lina, noe, jade)) {
            new ConfirmNurseryRequest(before).confirm(actor(before, view), view.request().id());
        }
        Clock sessionDay = Clock.offset(past, Duration.ofDays(21));
        CommissionContext meeting = new CommissionContext(now.stores(), now.transactions(), new Audit(core.auditLog(), sessionDay),
                mail -> { }, sessionDay, core.config().baseUrl().toString(), core.config().town());
        new RecordSessionMembers(meeting).record(AGENT, held.id(), "Mme la Maire ; l'adjointe à la petite enfance ; "
                + "la directrice du " + core.config().town().nursery() + " ; l'animatrice du Relais Petite Enfance");
        ExpireOffers expire = new ExpireOffers(meeting);
        var lists = new AllocateSession(meeting, new ReadCommissionSessions(meeting, expire)).allocate(AGENT, held.id(), List.of());
        AnswerOffer answer = new AnswerOffer(meeting, nursery.useCases.registerContract());
        // the baby place goes to whichever baby ranks first (the families' data weigh in), Jade's family refuses
        for (var offer : lists.offers()) {
            NurseryRequestView offered = Stream.of(lina, noe, jade)
                    .filter(view -> view.request().id().equals(offer.request())).findFirst().orElseThrow();
            answer.answer(actor(meeting, offered), offer.id(), offered != jade);
        }

        LocalDate coming = today.plusMonths(4).withDayOfMonth(1);
        NurseryRequestView confirmed = request(now, families.get(3 % families.size()), "Hugo", today.minusMonths(7), null, coming, true);
        NurseryRequestView lea = request(now, families.get(4 % families.size()), "Léa", today.minusMonths(14), null, coming, false);
        new CorrectNurseryAnswers(now).correct(AGENT, lea.request().id(), Map.of(ScoringGrid.ALL_PARENTS_WORKING, true),
                "Attestation de l'employeur du second parent reçue");
        // an unborn child starts once 10 weeks old at the earliest
        LocalDate eleonoreStart = coming.plusMonths(1);
        if (eleonoreStart.isBefore(today.plusMonths(2).plusWeeks(11))) {
            eleonoreStart = today.plusMonths(2).plusWeeks(11);
        }
        request(now, families.get(5 % families.size()), "Éléonore", null, today.plusMonths(2), eleonoreStart, true);
        CommissionSession open = new OpenCommissionSession(now).open(AGENT, new OpenCommissionSession.Command(today.plusDays(30),
                coming, coming.plusMonths(3), today.plusDays(21), Map.of(AgeGroup.BABY, 2, AgeGroup.MIDDLE, 1, AgeGroup.TODDLER, 1),
                null));
        new ConfirmNurseryRequest(now).confirm(actor(now, confirmed), confirmed.request().id());
        LOG.info("Commission de démonstration : grille, commission du {} (procès-verbal), commission ouverte du {}", held.date(),
                open.date());
    }

    private static Actor actor(CommissionContext context, NurseryRequestView view) {
        Family family = context.stores().families().byId(view.request().family()).orElseThrow();
        return guardian(family);
    }

    private static Actor guardian(Family family) {
        var first = family.guardians().get(0);
        return new Actor(new AccountId(first.id().value()), first.fullName(), Role.PARENT, family.id(), first.id());
    }

    private static NurseryRequestView request(CommissionContext context, Family family, String firstName, java.time.LocalDate birth,
            java.time.LocalDate expected, java.time.LocalDate start, boolean working) {
        return new PreRegisterChild(context).submit(guardian(family), new PreRegisterChild.Command(new PreRegisterChild.ChildCommand(
                firstName, family.name(), birth, expected, null), start, WEEK, Map.of(ScoringGrid.ALL_PARENTS_WORKING, working),
                List.of()));
    }
}
