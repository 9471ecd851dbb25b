package fr.espacefamille.adapter.jdbc.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.audit.JdbiAuditLog;
import fr.espacefamille.adapter.jdbc.account.JdbiAccounts;
import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.adapter.jdbc.family.JdbiFamilies;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurseryAbsences;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurseryAttendances;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurserySettings;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurserySlots;
import fr.espacefamille.adapter.jdbc.nursery.JdbiOccasionalBookings;
import fr.espacefamille.adapter.jdbc.nursery.JdbiRegularContracts;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.commission.AllocateSession;
import fr.espacefamille.application.commission.AnswerOffer;
import fr.espacefamille.application.commission.CommissionContext;
import fr.espacefamille.application.commission.CommissionStores;
import fr.espacefamille.application.commission.ConfirmNurseryRequest;
import fr.espacefamille.application.commission.CorrectNurseryAnswers;
import fr.espacefamille.application.commission.ExpireOffers;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.commission.ReadCommissionSessions;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.nursery.NurseryStores;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.RefusalCodes;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.shared.Town;

/**
 * The commission's rules held by the database: two staff allocating at once, families refusing at
 * once, expiry jobs of two instances at once, two staff correcting a request's answers at once — on H2, and on PostgreSQL with two application
 * instances (two connection pools) sharing the database. A place is never held twice.
 */
class CommissionConcurrencyTest {

    private static final Instant NOW = OffsetDateTime.parse("2027-03-01T09:00:00+01:00").toInstant();
    private static final Actor AGENT = new Actor(AccountId.random(), "agent.creche", Role.NURSERY_AGENT, null, null);
    private static final int FAMILIES = 8;
    private static final int PLACES = 2;

    /** One application instance at an instant: its pool, stores and use cases. */
    private record Instance(Database database, CommissionStores stores, AllocateSession allocate, AnswerOffer answer,
            ExpireOffers expire, CommissionContext context) {

        static Instance on(String url, String user, String password, Clock clock) {
            Database database = Database.start(url, user, password);
            JdbiContext db = database.context();
            JdbiTransactions tx = new JdbiTransactions(db);
            Audit audit = new Audit(new JdbiAuditLog(db), clock);
            NurseryStores nursery = new NurseryStores(new JdbiNurserySettings(db), new JdbiNurserySlots(db), new JdbiOccasionalBookings(db),
                    new JdbiRegularContracts(db), new JdbiNurseryAbsences(db), new JdbiNurseryAttendances(db), new JdbiFamilies(db),
                    new JdbiEnrolments(db));
            CommissionStores stores = new CommissionStores(new JdbiScoringGrids(db), new JdbiNurseryRequests(db),
                    new JdbiCommissionSessions(db), new JdbiNurseryOffers(db), nursery.families(), nursery.contracts(), new JdbiDocuments(db),
                    new JdbiAccounts(db));
            CommissionContext context = new CommissionContext(stores, tx, audit, new InMemoryMailer(), clock, "http://localhost", Town.DONGES);
            ExpireOffers expire = new ExpireOffers(context);
            return new Instance(database, stores, new AllocateSession(context, new ReadCommissionSessions(context, expire)),
                    new AnswerOffer(context, new RegisterRegularContract(nursery, tx, audit, clock)), expire, context);
        }
    }

    @Test
    void h2_allocates_once_and_never_offers_a_place_twice() throws Exception {
        String url = TestDatabases.emptyH2Url();
        race(() -> Instance.on(url, "sa", "", new MovableClock(NOW)), () -> Instance.on(url, "sa", "", new MovableClock(NOW)),
                clock -> Instance.on(url, "sa", "", clock));
    }

    @Test
    void postgres_with_two_instances_allocates_once_and_never_offers_a_place_twice() throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        String user = TestDatabases.POSTGRES_USER;
        race(() -> Instance.on(url, user, user, new MovableClock(NOW)), () -> Instance.on(url, user, user, new MovableClock(NOW)),
                clock -> Instance.on(url, user, user, clock));
    }

    private interface Later {
        Instance at(Clock clock);
    }

    private static void race(Callable<Instance> firstFactory, Callable<Instance> secondFactory, Later later) throws Exception {
        Instance first = firstFactory.call();
        Instance second = secondFactory.call();
        List<Instance> opened = new ArrayList<>(List.of(first, second));
        try {
            Map<AccountId, Actor> parents = setUp(first);
            CommissionSession session = first.stores().sessions().all().get(0);

            // two staff correct each request at once, on different instances: both corrections stay
            CorrectNurseryAnswers firstStaff = new CorrectNurseryAnswers(first.context());
            CorrectNurseryAnswers secondStaff = new CorrectNurseryAnswers(second.context());
            for (NurseryRequest request : first.stores().requests().all()) {
                atOnce(List.of(
                        () -> firstStaff.correct(AGENT, request.id(), Map.of(ScoringGrid.SINGLE_PARENT, true), "livret de famille").toString(),
                        () -> secondStaff.correct(AGENT, request.id(), Map.of(ScoringGrid.DISABLED_CHILD, true), "notification MDPH").toString()));
                NurseryRequest corrected = first.stores().requests().byId(request.id()).orElseThrow();
                assertThat(corrected.corrections()).as("corrections of " + request.id()).hasSize(2);
                assertThat(corrected.answers()).containsEntry(ScoringGrid.SINGLE_PARENT, true).containsEntry(ScoringGrid.DISABLED_CHILD, true);
            }

            List<String> allocations = atOnce(List.of(
                    () -> RefusalCodes.code(() -> first.allocate().allocate(AGENT, session.id(), List.of())),
                    () -> RefusalCodes.code(() -> second.allocate().allocate(AGENT, session.id(), List.of()))));
            assertThat(allocations).containsExactlyInAnyOrder("ACCEPTED", "ALREADY_ALLOCATED");
            assertHeldOnce(first, session);

            // both offered families refuse at once, on different instances: each place goes to the next, once
            List<Offer> offered = pending(first, session);
            assertThat(offered).hasSize(PLACES);
            atOnce(offered.stream().<Callable<String>>map(o -> {
                Instance instance = o.place() == 1 ? first : second;
                Actor parent = parents.get(first.stores().requests().byId(o.request()).orElseThrow().requester());
                return () -> RefusalCodes.code(() -> instance.answer().answer(parent, o.id(), false));
            }).toList());
            assertHeldOnce(first, session);
            assertThat(pending(first, session)).hasSize(PLACES).doesNotContainAnyElementsOf(offered);

            // ten days later, both instances' jobs run at once: each lapsed offer expires once
            Clock tenDaysLater = new MovableClock(NOW.plus(Duration.ofDays(10)));
            Instance firstLater = later.at(tenDaysLater);
            Instance secondLater = later.at(tenDaysLater);
            opened.add(firstLater);
            opened.add(secondLater);
            List<String> expired = atOnce(List.of(() -> String.valueOf(firstLater.expire().run()),
                    () -> String.valueOf(secondLater.expire().run())));
            assertThat(expired.stream().mapToInt(Integer::parseInt).sum()).isEqualTo(PLACES);
            assertThat(first.stores().offers().ofSession(session.id())).filteredOn(o -> o.status() == OfferStatus.EXPIRED).hasSize(PLACES);
            assertHeldOnce(first, session);
            assertThat(pending(first, session)).hasSize(PLACES);
        } finally {
            opened.forEach(i -> i.database().close());
        }
    }

    private static List<Offer> pending(Instance instance, CommissionSession session) {
        return instance.stores().offers().ofSession(session.id()).stream().filter(o -> o.status() == OfferStatus.PENDING).toList();
    }

    private static void assertHeldOnce(Instance instance, CommissionSession session) {
        List<Offer> offers = instance.stores().offers().ofSession(session.id());
        assertThat(offers.stream().filter(o -> o.status().holdsPlace()).map(Offer::place).toList())
                .doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(PLACES);
        assertThat(offers.stream().map(Offer::request).toList()).doesNotHaveDuplicates();
    }

    /** A grid, a session of two baby places, and eight confirmed requests from as many families. */
    private static Map<AccountId, Actor> setUp(Instance instance) {
        CommissionContext context = instance.context();
        instance.stores().grids().save(ScoringGrid.example(LocalDate.of(2026, 1, 1)));
        PreRegisterChild preRegister = new PreRegisterChild(context);
        ConfirmNurseryRequest confirm = new ConfirmNurseryRequest(context);
        CommissionSession session = new OpenCommissionSession(context).open(AGENT, new OpenCommissionSession.Command(
                LocalDate.of(2027, 3, 20), LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2027, 3, 15),
                Map.of(AgeGroup.BABY, PLACES), null));
        DailyHours hours = new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 0));
        Map<AccountId, Actor> parents = new HashMap<>();
        IntStream.range(0, FAMILIES).forEach(i -> {
            Family family = Fixtures.family("Famille" + i);
            instance.stores().families().add(family);
            Actor parent = new Actor(AccountId.random(), "parent" + i, Role.PARENT, family.id(), family.guardians().get(0).id());
            parents.put(parent.accountId(), parent);
            var view = preRegister.submit(parent, new PreRegisterChild.Command(new PreRegisterChild.ChildCommand("Enfant", "Famille" + i,
                    LocalDate.of(2026, 10, 1).plusDays(i), null, null), LocalDate.of(2027, 9, 1), Map.of(DayOfWeek.MONDAY, hours),
                    Map.of(), List.of()));
            confirm.confirm(parent, view.request().id());
        });
        return parents;
    }

    private static List<String> atOnce(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
