package fr.espacefamille.adapter.jdbc.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.commission.CommissionSessions;
import fr.espacefamille.application.commission.NurseryOffers;
import fr.espacefamille.application.commission.NurseryRequests;
import fr.espacefamille.application.commission.ScoringGrids;
import fr.espacefamille.application.inmemory.InMemoryCommissionSessions;
import fr.espacefamille.application.inmemory.InMemoryNurseryOffers;
import fr.espacefamille.application.inmemory.InMemoryNurseryRequests;
import fr.espacefamille.application.inmemory.InMemoryScoringGrids;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.Applicant;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.Criterion;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.RankedRequest;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.WeeklySchedule;

/** What every store of the commission does: grids, requests, sessions and offers. */
class CommissionStoresTest extends StoreContract {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate START = LocalDate.of(2027, 9, 1);

    private ScoringGrids grids;
    private NurseryRequests requests;
    private CommissionSessions sessions;
    private NurseryOffers offers;
    private Family family;

    @BeforeEach
    void stores() {
        grids = backend.store(InMemoryScoringGrids::new, JdbiScoringGrids::new);
        requests = backend.store(InMemoryNurseryRequests::new, JdbiNurseryRequests::new);
        sessions = backend.store(InMemoryCommissionSessions::new, JdbiCommissionSessions::new);
        offers = backend.store(InMemoryNurseryOffers::new, JdbiNurseryOffers::new);
        family = Fixtures.family("Martin", List.of(Fixtures.guardian("Claire", "Martin", "claire@example.fr")),
                List.of(Fixtures.child("Léo", "Martin")));
        backend.families().add(family);
    }

    private NurseryRequest request(String firstName, LocalDate birth, LocalDate expected, Instant at) {
        DailyHours hours = new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 45));
        return new NurseryRequest(NurseryRequestId.random(), AccountId.random(), family.id(), null, firstName, "Martin", birth, expected,
                START, new WeeklySchedule(Map.of(DayOfWeek.MONDAY, hours, DayOfWeek.THURSDAY, hours)),
                Map.of("RESIDENT", true, "TWINS", false), List.of(new RequestDocument(DocumentId.random(), DocumentKind.FAMILY_RECORD)),
                birth == null ? NurseryRequestStatus.AWAITING_BIRTH : NurseryRequestStatus.OPEN, at, null, List.of());
    }

    private CommissionSession session(LocalDate date) {
        return CommissionSession.open(SessionId.random(), date, START, START.plusMonths(3), date.minusDays(5),
                Map.of(AgeGroup.BABY, 2, AgeGroup.MIDDLE, 1), "Mme la Maire, la directrice de « Bout d'chou »");
    }

    @Test
    void grids_keep_their_criteria_in_order_one_per_validity_date() {
        ScoringGrid first = ScoringGrid.example(LocalDate.of(2026, 1, 1));
        ScoringGrid draft = new ScoringGrid(LocalDate.of(2027, 1, 1), List.of(new Criterion("RESIDENT", "Résident", 100)));
        ScoringGrid second = new ScoringGrid(LocalDate.of(2027, 1, 1), List.of(new Criterion("TWINS", "Jumeaux", 25),
                new Criterion("RESIDENT", "Le foyer réside à Donges", 250)));
        grids.save(first);
        grids.save(draft);
        grids.save(second);

        assertThat(grids.all()).containsExactly(first, second);
        assertThat(grids.validOn(LocalDate.of(2026, 12, 31))).contains(first);
        assertThat(grids.validOn(LocalDate.of(2027, 1, 1))).contains(second);
    }

    @Test
    void requests_keep_every_field_and_one_is_pending_per_child() {
        NurseryRequest unborn = request("Bébé", null, LocalDate.of(2027, 4, 2), Fixtures.NOW);
        NurseryRequest ines = request("Inès", LocalDate.of(2026, 10, 1), null, Fixtures.NOW.plusSeconds(60));
        assertThat(requests.add(unborn)).isTrue();
        assertThat(requests.add(ines)).isTrue();

        assertThat(requests.add(request("INES", LocalDate.of(2026, 10, 1), null, Fixtures.NOW.plusSeconds(90)))).isFalse();
        assertThat(requests.byId(unborn.id())).contains(unborn);
        assertThat(requests.of(family.id(), null)).containsExactly(unborn, ines);
        assertThat(requests.all()).containsExactly(unborn, ines);
        assertThat(requests.of(null, ines.requester())).containsExactly(ines);
        assertThat(requests.of(null, AccountId.random())).isEmpty();

        NurseryRequest born = unborn.born(LocalDate.of(2027, 3, 30), DocumentId.random());
        requests.update(born);
        Child newcomer = Fixtures.child("Inès", "Martin");
        backend.families().update(family.withChild(newcomer));
        NurseryRequest accepted = ines.accepted(family.id(), newcomer.id());
        requests.update(accepted);

        assertThat(requests.byId(unborn.id())).contains(born);
        assertThat(requests.byId(ines.id())).contains(accepted);
        // accepted: no longer pending, so the child may be pre-registered again
        assertThat(requests.add(request("Inès", LocalDate.of(2026, 10, 1), null, Fixtures.NOW.plusSeconds(120)))).isTrue();
    }

    @Test
    void an_applicants_request_keeps_who_applies_its_corrections_and_joins_the_family_made_for_it() {
        AccountId account = AccountId.random();
        Applicant sophie = new Applicant("Sophie", "Durand", "sophie@example.fr", null, new Address("3 rue des Écoles", "Bât. B", "44480",
                "Donges"));
        NurseryRequest own = request("Lou", LocalDate.of(2026, 10, 1), null, Fixtures.NOW);
        NurseryRequest applied = new NurseryRequest(own.id(), account, null, null, "Lou", "Durand", own.birthDate(), null, START,
                own.schedule(), Map.of("RESIDENT", true), List.of(), NurseryRequestStatus.OPEN, Fixtures.NOW, sophie, List.of());
        assertThat(requests.add(applied)).isTrue();
        assertThat(requests.of(null, account)).containsExactly(applied);

        NurseryRequest corrected = applied.corrected(Map.of("RESIDENT", false, "TWINS", true), "agent.creche", Fixtures.NOW.plusSeconds(60),
                "Justificatif de domicile à Montoir")
                .corrected(Map.of("TWINS", false), "agent.creche", Fixtures.NOW.plusSeconds(120), "Erreur de saisie");
        requests.update(corrected);
        assertThat(requests.byId(applied.id())).contains(corrected);
        assertThat(corrected.corrections()).hasSize(2);

        NurseryRequest joined = corrected.inFamily(family.id());
        requests.update(joined);
        assertThat(requests.byId(applied.id())).contains(joined);
        assertThat(requests.of(null, account)).as("the account's own, in the family now").containsExactly(joined);
        assertThat(requests.of(family.id(), null)).containsExactly(joined);
    }

    @Test
    void sessions_keep_confirmations_and_are_allocated_once_with_their_lists() {
        NurseryRequest ines = request("Inès", LocalDate.of(2026, 10, 1), null, Fixtures.NOW);
        NurseryRequest lou = request("Lou", LocalDate.of(2026, 11, 1), null, Fixtures.NOW);
        requests.add(ines);
        requests.add(lou);
        CommissionSession later = session(LocalDate.of(2027, 6, 10));
        CommissionSession session = session(LocalDate.of(2027, 3, 20));
        sessions.add(session);
        sessions.add(later);

        assertThat(sessions.confirm(session.id(), ines.id())).isTrue();
        assertThat(sessions.confirm(session.id(), ines.id())).isFalse();
        sessions.confirm(session.id(), lou.id());
        backend.transactions().run(() -> sessions.lock(session.id()));
        CommissionSession stored = sessions.byId(session.id()).orElseThrow();
        assertThat(stored.confirmed()).containsExactlyInAnyOrder(ines.id(), lou.id());
        assertThat(stored.members()).isEqualTo("Mme la Maire, la directrice de « Bout d'chou »");
        assertThat(sessions.all()).extracting(CommissionSession::id).containsExactly(later.id(), session.id());

        CommissionSession allocated = stored.allocated(List.of(new RankedRequest(lou.id(), AgeGroup.BABY, 330, 1, "Urgence sociale"),
                new RankedRequest(ines.id(), AgeGroup.BABY, 340, 2, null)));
        assertThat(sessions.allocate(allocated)).isTrue();
        assertThat(sessions.allocate(allocated)).isFalse();
        assertThat(sessions.byId(session.id())).contains(allocated);
        assertThat(sessions.byId(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.ALLOCATED);

        sessions.updateMembers(allocated.withMembers("M. le Maire"));
        assertThat(sessions.byId(session.id()).orElseThrow().members()).isEqualTo("M. le Maire");
        assertThat(sessions.byId(SessionId.random())).isEmpty();
    }

    @Test
    void offers_hold_a_place_until_answered_and_never_twice() {
        NurseryRequest ines = request("Inès", LocalDate.of(2026, 10, 1), null, Fixtures.NOW);
        NurseryRequest lou = request("Lou", LocalDate.of(2026, 11, 1), null, Fixtures.NOW);
        NurseryRequest noe = request("Noé", LocalDate.of(2026, 12, 1), null, Fixtures.NOW);
        List.of(ines, lou, noe).forEach(requests::add);
        CommissionSession session = session(LocalDate.of(2027, 3, 20));
        sessions.add(session);
        Offer first = Offer.make(session.id(), ines.id(), AgeGroup.BABY, 1, START, Fixtures.NOW, PARIS);
        offers.add(first);

        assertThatThrownBy(() -> backend.transactions().run(() ->
                offers.add(Offer.make(session.id(), lou.id(), AgeGroup.BABY, 1, START, Fixtures.NOW, PARIS)))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> backend.transactions().run(() ->
                offers.add(Offer.make(session.id(), ines.id(), AgeGroup.BABY, 2, START, Fixtures.NOW, PARIS)))).isInstanceOf(RuntimeException.class);
        assertThat(offers.byId(first.id())).contains(first);
        assertThat(offers.lapsed(first.replyBy(), 10)).isEmpty();
        assertThat(offers.lapsed(first.replyBy().plusSeconds(1), 10)).containsExactly(first);

        Offer refused = first.refused(Fixtures.NOW.plusSeconds(3600));
        assertThat(offers.answer(refused)).isTrue();
        assertThat(offers.answer(first.accepted(Fixtures.NOW.plusSeconds(7200), null))).isFalse();
        Offer next = Offer.make(session.id(), lou.id(), AgeGroup.BABY, 1, START, Fixtures.NOW.plusSeconds(3600), PARIS);
        offers.add(next);
        Offer other = Offer.make(session.id(), noe.id(), AgeGroup.MIDDLE, 1, START, Fixtures.NOW.plusSeconds(3600), PARIS);
        offers.add(other);

        assertThat(offers.byId(first.id())).contains(refused);
        assertThat(offers.ofSession(session.id())).extracting(Offer::id).containsExactly(first.id(), next.id(), other.id());
        assertThat(offers.ofRequest(lou.id())).containsExactly(next);
        assertThat(offers.lapsed(next.replyBy().plusSeconds(1), 10)).extracting(Offer::status)
                .containsOnly(OfferStatus.PENDING).hasSize(2);
        Offer expired = next.expired(next.replyBy().plusSeconds(1));
        assertThat(offers.answer(expired)).isTrue();
        assertThat(offers.byId(next.id())).contains(expired);
        assertThat(Set.copyOf(offers.lapsed(next.replyBy().plusSeconds(1), 10))).containsExactly(other);
    }
}
