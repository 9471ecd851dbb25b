package fr.espacefamille.application.commission;

import static fr.espacefamille.application.commission.CommissionWorld.SEPTEMBER;
import static fr.espacefamille.application.commission.CommissionWorld.TODAY;
import static fr.espacefamille.application.shared.RefusalCodes.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.Criterion;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.family.Family;

/** Sessions on the in-memory stores: ranking, ties, overrides, offers cascading on refusals and expiries. */
class AllocationTest {

    private static final LocalDate BABY_BIRTH = LocalDate.of(2026, 10, 1);

    private final CommissionWorld world = new CommissionWorld();

    private NurseryRequestView confirmed(String name, String... yes) {
        var household = world.family(name, true);
        NurseryRequestView view = world.request(household, "Enfant", BABY_BIRTH, yes);
        world.confirm.confirm(household.parent(), view.request().id());
        world.clock.advance(Duration.ofMinutes(1));
        return view;
    }

    private CommissionWorld.Household household(NurseryRequestView view) {
        Family family = world.families.byId(view.request().family()).orElseThrow();
        return new CommissionWorld.Household(family, new fr.espacefamille.application.shared.Actor(view.request().requester(),
                family.name().toLowerCase(), fr.espacefamille.domain.account.Role.PARENT, family.id(), family.guardians().get(0).id()));
    }

    private Offer pendingOffer(NurseryRequestView view) {
        return world.readRequests.one(household(view).parent(), view.request().id()).pendingOffer().orElseThrow();
    }

    private List<String> ranked(SessionView session, AgeGroup group) {
        return session.group(group).stream().map(l -> l.request().lastName() + " " + l.score() + " " + l.status()).toList();
    }

    @Test
    void ranks_confirmed_requests_by_score_and_offers_places_from_the_top() {
        var unconfirmed = world.request(world.family("Dupuis", true), "Enfant", BABY_BIRTH, "ALL_PARENTS_WORKING", "DISABLED_CHILD");
        CommissionSession session = world.session(2, 1, 1);
        confirmed("Arnaud", "ALL_PARENTS_WORKING");
        confirmed("Blanc", "ALL_PARENTS_WORKING", "SINGLE_PARENT");
        confirmed("Caron");

        SessionView allocated = world.allocate(session.id());

        assertThat(ranked(allocated, AgeGroup.BABY)).containsExactly("Blanc 370 OFFERED", "Arnaud 340 OFFERED", "Caron 300 WAITING");
        assertThat(allocated.offers()).extracting(Offer::place).containsExactlyInAnyOrder(1, 2);
        assertThat(world.stores.requests().byId(unconfirmed.request().id()).orElseThrow().status()).isEqualTo(NurseryRequestStatus.OPEN);
        assertThat(world.mailSubjectsTo("blanc@example.fr")).contains("Une place vous est proposée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(world.mailSubjectsTo("caron@example.fr")).doesNotContain("Une place vous est proposée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(world.mailSubjectsTo("dupuis@example.fr")).containsExactly("Confirmez votre demande de place au multi-accueil «\u00a0Bout d'chou\u00a0»");
    }

    @Test
    void ties_go_to_the_earlier_request_then_to_the_smaller_id() {
        CommissionSession session = world.session(1, 0, 0);
        confirmed("Late");   // 300, submitted first: the earlier request
        confirmed("Later");  // 300

        SessionView allocated = world.allocate(session.id());

        assertThat(ranked(allocated, AgeGroup.BABY)).containsExactly("Late 300 OFFERED", "Later 300 WAITING");
    }

    @Test
    void an_override_needs_a_reason_is_audited_and_shown_on_the_session() {
        CommissionSession session = world.session(1, 0, 0);
        confirmed("Arnaud", "ALL_PARENTS_WORKING");
        var caron = confirmed("Caron");

        assertThat(code(() -> world.allocate(session.id(), new Ranking.Override(fr.espacefamille.domain.commission.NurseryRequestId.random(), 1, "Urgence"))))
                .isEqualTo("VALIDATION_FAILED");
        SessionView allocated = world.allocate(session.id(), new Ranking.Override(caron.request().id(), 1, "Hospitalisation d'un parent"));

        assertThat(ranked(allocated, AgeGroup.BABY)).containsExactly("Caron 300 OFFERED", "Arnaud 340 WAITING");
        assertThat(allocated.overrides()).singleElement().satisfies(l -> {
            assertThat(l.overrideReason()).isEqualTo("Hospitalisation d'un parent");
            assertThat(l.rank()).isEqualTo(1);
        });
        assertThat(world.audit()).filteredOn(e -> e.action().equals("NURSERY_RANK_OVERRIDDEN"))
                .singleElement().satisfies(e -> assertThat(e.after()).contains("Hospitalisation d'un parent"));
    }

    @Test
    void a_refusal_offers_the_place_at_once_to_the_next_and_an_acceptance_makes_the_contract() {
        CommissionSession session = world.session(1, 0, 0);
        var first = confirmed("Arnaud", "ALL_PARENTS_WORKING", "SINGLE_PARENT");
        var second = confirmed("Blanc", "ALL_PARENTS_WORKING");
        var third = confirmed("Caron");
        world.allocate(session.id());

        world.answer.answer(household(first).parent(), pendingOffer(first).id(), false);
        assertThat(code(() -> world.answer.answer(household(first).parent(), world.stores.offers().ofRequest(first.request().id()).get(0).id(), true)))
                .isEqualTo("ALREADY_ANSWERED");
        world.answer.answer(household(second).parent(), pendingOffer(second).id(), false);
        Offer offer = pendingOffer(third);
        var accepted = world.answer.answer(household(third).parent(), offer.id(), true);

        assertThat(accepted.offer().status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(ranked(world.readSessions.one(world.agent, session.id()), AgeGroup.BABY))
                .containsExactly("Arnaud 370 REFUSED", "Blanc 340 REFUSED", "Caron 300 ACCEPTED");
        Family caron = world.families.byId(third.request().family()).orElseThrow();
        var child = caron.children().stream().filter(c -> c.firstName().equals("Enfant")).findFirst().orElseThrow();
        var contract = world.nursery.contracts().byId(accepted.offer().contract()).orElseThrow();
        assertThat(contract.child()).isEqualTo(child.id());
        assertThat(contract.from()).isEqualTo(SEPTEMBER);
        assertThat(contract.to()).isEqualTo(BABY_BIRTH.plusYears(4).minusDays(1));
        assertThat(contract.schedule().days()).isEqualTo(CommissionWorld.weekdays("08:30", "17:30"));
        assertThat(world.readRequests.one(household(third).parent(), third.request().id()).request().status())
                .isEqualTo(NurseryRequestStatus.ACCEPTED);
        assertThat(world.audit()).extracting(e -> e.action())
                .contains("NURSERY_OFFER_REFUSED", "NURSERY_OFFER_ACCEPTED", "NURSERY_CONTRACT_REGISTERED");
        assertThat(world.mailSubjectsTo("caron@example.fr")).contains("Place acceptée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(world.mailSubjectsTo("arnaud@example.fr")).contains("Place refusée au multi-accueil «\u00a0Bout d'chou\u00a0»");
    }

    @Test
    void an_unanswered_offer_expires_after_its_deadline_and_the_place_moves_on_exactly_once() {
        CommissionSession session = world.session(1, 0, 0);
        var first = confirmed("Arnaud", "ALL_PARENTS_WORKING");
        var second = confirmed("Blanc");
        world.allocate(session.id());
        Offer offer = pendingOffer(first);

        world.clock.advance(Duration.ofDays(8));
        assertThat(world.expireOffers.run()).isZero();
        world.clock.advance(Duration.ofDays(1));
        assertThat(world.expireOffers.run()).isEqualTo(1);
        assertThat(world.expireOffers.run()).isZero();

        assertThat(world.stores.offers().byId(offer.id()).orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(pendingOffer(second).place()).isEqualTo(offer.place());
        assertThat(world.mailSubjectsTo("arnaud@example.fr")).contains("Proposition de place expirée au multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(world.audit()).filteredOn(e -> e.action().equals("NURSERY_OFFER_EXPIRED")).hasSize(1);
    }

    @Test
    void an_answer_after_the_deadline_is_refused_and_the_offer_expires_without_the_job() {
        CommissionSession session = world.session(1, 0, 0);
        var first = confirmed("Arnaud", "ALL_PARENTS_WORKING");
        var second = confirmed("Blanc");
        world.allocate(session.id());
        Offer offer = pendingOffer(first);

        world.clock.advance(Duration.ofDays(10));

        assertThat(code(() -> world.answer.answer(household(first).parent(), offer.id(), true))).isEqualTo("OFFER_EXPIRED");
        assertThat(world.stores.offers().byId(offer.id()).orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(world.stores.offers().ofRequest(second.request().id())).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OfferStatus.PENDING));
        assertThat(world.nursery.contracts().overlapping(SEPTEMBER, SEPTEMBER.plusYears(4))).as("no contract made").isEmpty();
    }

    @Test
    void reading_a_request_expires_its_lapsed_offer() {
        CommissionSession session = world.session(1, 0, 0);
        var first = confirmed("Arnaud", "ALL_PARENTS_WORKING");
        world.allocate(session.id());
        world.clock.advance(Duration.ofDays(10));

        NurseryRequestView view = world.readRequests.one(household(first).parent(), first.request().id());

        assertThat(view.pendingOffer()).isEmpty();
        assertThat(view.offers()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OfferStatus.EXPIRED));
        assertThat(view.score().total()).isEqualTo(320);
    }

    @Test
    void an_answer_to_another_familys_offer_is_not_found() {
        CommissionSession session = world.session(1, 0, 0);
        var first = confirmed("Arnaud");
        world.allocate(session.id());

        assertThat(code(() -> world.answer.answer(world.family("Intrus", true).parent(), pendingOffer(first).id(), true)))
                .isEqualTo("NOT_FOUND");
        assertThat(pendingOffer(first).status()).isEqualTo(OfferStatus.PENDING);
    }

    @Test
    void allocation_runs_once_even_when_two_staff_run_it_at_once() throws Exception {
        CommissionSession session = world.session(2, 0, 0);
        confirmed("Arnaud");
        confirmed("Blanc");
        confirmed("Caron");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return code(() -> world.allocate(session.id()));
            }));
        }
        start.countDown();
        List<String> codes = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            codes.add(outcome.get());
        }
        pool.shutdown();

        assertThat(codes).containsExactlyInAnyOrder("ACCEPTED", "ALREADY_ALLOCATED");
        assertThat(world.stores.offers().ofSession(session.id())).hasSize(2);
        assertThat(code(() -> world.allocate(session.id()))).isEqualTo("ALREADY_ALLOCATED");
    }

    @Test
    void scores_follow_the_grid_valid_on_the_session_date() {
        var arnaud = world.request(world.family("Arnaud", true), "Enfant", BABY_BIRTH, "ALL_PARENTS_WORKING");
        var caron = world.request(world.family("Caron", true), "Enfant", BABY_BIRTH, "SINGLE_PARENT");
        assertThat(arnaud.score().total()).isEqualTo(340);
        // the grid changes after the requests were scored, from a day before the session
        world.setGrid.set(world.agent, TODAY.plusDays(10), List.of(new Criterion("RESIDENT", "Le foyer réside à Donges", 300),
                new Criterion("SINGLE_PARENT", "Famille monoparentale", 80), new Criterion("ALL_PARENTS_WORKING", "Chaque parent travaille", 40)));
        CommissionSession session = world.session(1, 0, 0);
        world.confirm.confirm(household(arnaud).parent(), arnaud.request().id());
        world.confirm.confirm(household(caron).parent(), caron.request().id());

        SessionView allocated = world.allocate(session.id());

        assertThat(ranked(allocated, AgeGroup.BABY)).containsExactly("Caron 380 OFFERED", "Arnaud 340 WAITING");
    }

    @Test
    void a_request_examined_without_offer_gains_ten_and_a_declined_offer_costs_twenty_at_the_next_session() {
        CommissionSession first = world.session(1, 0, 0);
        var arnaud = confirmed("Arnaud", "ALL_PARENTS_WORKING");
        var blanc = confirmed("Blanc");
        world.allocate(first.id());
        world.answer.answer(household(arnaud).parent(), pendingOffer(arnaud).id(), false);
        world.answer.answer(household(blanc).parent(), pendingOffer(blanc).id(), false);
        var caron = world.request(world.family("Caron", true), "Enfant", BABY_BIRTH);

        CommissionSession second = world.openSession.open(world.agent, new OpenCommissionSession.Command(TODAY.plusDays(60),
                SEPTEMBER, SEPTEMBER.plusMonths(2), TODAY.plusDays(50), Map.of(AgeGroup.BABY, 1), "Mme Le Maire"));
        world.confirm.confirm(household(arnaud).parent(), arnaud.request().id());
        world.confirm.confirm(household(blanc).parent(), blanc.request().id());
        world.confirm.confirm(household(caron).parent(), caron.request().id());
        SessionView allocated = world.allocate(second.id());

        assertThat(ranked(allocated, AgeGroup.BABY)).containsExactly("Arnaud 320 OFFERED", "Caron 300 WAITING", "Blanc 280 WAITING");
    }

    @Test
    void the_family_sees_its_rank_and_the_score_of_the_last_request_offered_a_place() {
        CommissionSession session = world.session(1, 0, 0);
        confirmed("Arnaud", "ALL_PARENTS_WORKING");
        var caron = confirmed("Caron");
        NurseryRequestView before = world.readRequests.one(household(caron).parent(), caron.request().id());
        assertThat(before.lastSession()).isEmpty();
        assertThat(before.confirmation()).hasValueSatisfying(c -> assertThat(c.confirmed()).isTrue());

        world.allocate(session.id());
        NurseryRequestView after = world.readRequests.one(household(caron).parent(), caron.request().id());

        assertThat(after.lastSession()).hasValueSatisfying(last -> {
            assertThat(last.id()).isEqualTo(session.id());
            assertThat(last.rank()).isEqualTo(2);
            assertThat(last.lastOfferedScore()).contains(340);
        });
        assertThat(after.score().total()).isEqualTo(310);
    }

    @Test
    void a_session_whose_period_overlaps_another_open_session_is_refused() {
        CommissionSession session = world.session(1, 0, 0);
        LocalDate to = session.startTo();

        assertThat(code(() -> world.openSession.open(world.agent, new OpenCommissionSession.Command(TODAY.plusDays(30),
                to, to.plusMonths(3), TODAY.plusDays(20), Map.of(AgeGroup.BABY, 1), null))))
                .as("sharing its last day").isEqualTo("SESSION_OVERLAP");
        assertThat(code(() -> world.openSession.open(world.agent, new OpenCommissionSession.Command(TODAY.plusDays(30),
                session.startFrom().minusMonths(3), session.startFrom().plusDays(1), TODAY.plusDays(20), Map.of(AgeGroup.BABY, 1), null))))
                .as("around its first day").isEqualTo("SESSION_OVERLAP");
        assertThat(world.readSessions.all(world.agent)).hasSize(1);

        CommissionSession next = world.openSession.open(world.agent, new OpenCommissionSession.Command(TODAY.plusDays(30),
                to.plusDays(1), to.plusMonths(3), TODAY.plusDays(20), Map.of(AgeGroup.BABY, 1), null));
        assertThat(next.startFrom()).isEqualTo(to.plusDays(1));
        assertThat(world.audit()).filteredOn(e -> e.action().equals("NURSERY_SESSION_OPENED")).hasSize(2);

        world.allocate(session.id());
        assertThat(world.openSession.open(world.agent, new OpenCommissionSession.Command(TODAY.plusDays(40), session.startFrom(),
                to, TODAY.plusDays(35), Map.of(AgeGroup.BABY, 1), null)).startFrom())
                .as("once allocated, a session no longer holds its period").isEqualTo(session.startFrom());
    }

    @Test
    void requests_are_confirmed_only_while_a_session_covering_their_start_waits_for_them() {
        CommissionSession session = world.session(1, 0, 0);
        var martin = world.family("Martin", true);
        var request = world.request(martin, "Inès", BABY_BIRTH);
        var outOfPeriod = world.preRegister.submit(martin.parent(), CommissionWorld.command("Lou", "Martin", BABY_BIRTH.plusDays(3), null,
                SEPTEMBER.plusMonths(6)));

        assertThat(code(() -> world.confirm.confirm(martin.parent(), outOfPeriod.request().id()))).isEqualTo("NOT_CONFIRMABLE");
        world.clock.advance(Duration.ofDays(15));
        assertThat(code(() -> world.confirm.confirm(martin.parent(), request.request().id()))).isEqualTo("NOT_CONFIRMABLE");
        assertThat(world.readSessions.one(world.agent, session.id()).group(AgeGroup.BABY)).isEmpty();
    }

    @Test
    void allocation_run_twice_is_refused_and_changes_nothing() {
        CommissionSession session = world.session(1, 0, 0);
        confirmed("Arnaud", "ALL_PARENTS_WORKING");
        confirmed("Blanc");
        SessionView first = world.allocate(session.id());

        assertThat(code(() -> world.allocate(session.id()))).isEqualTo("ALREADY_ALLOCATED");

        assertThat(world.stores.offers().ofSession(session.id())).hasSize(1);
        assertThat(ranked(world.readSessions.one(world.agent, session.id()), AgeGroup.BABY)).isEqualTo(ranked(first, AgeGroup.BABY))
                .containsExactly("Arnaud 340 OFFERED", "Blanc 300 WAITING");
        assertThat(world.audit()).filteredOn(e -> e.action().equals("NURSERY_SESSION_ALLOCATED")).hasSize(1);
    }

    @Test
    void staff_only_set_grids_open_and_allocate_sessions() {
        var parent = world.family("Martin", true).parent();

        assertThat(code(() -> world.setGrid.set(parent, TODAY, ScoringGrid.example(TODAY).criteria()))).isEqualTo("FORBIDDEN");
        assertThat(code(() -> world.session(1, 1, 1))).isEqualTo("ACCEPTED");
        assertThat(code(() -> world.allocate.allocate(parent, world.readSessions.all(world.agent).get(0).id(), List.of())))
                .isEqualTo("FORBIDDEN");
    }
}
