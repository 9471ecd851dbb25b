package fr.espacefamille.adapter.jdbc.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.audit.JdbiAuditLog;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.adapter.jdbc.family.JdbiFamilies;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.BookingView;
import fr.espacefamille.application.nursery.CancelOccasionalBooking;
import fr.espacefamille.application.nursery.NurseryStores;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.UpdateNurserySettings;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.shared.Town;

/**
 * The capacity rule in the database: many requests at once for a slot with few places, on H2 and
 * on PostgreSQL with two application instances (two connection pools) sharing the database.
 */
class NurseryCapacityTest {

    private static final Clock CLOCK = new MovableClock(OffsetDateTime.parse("2026-09-01T08:00:00+02:00").toInstant());
    private static final Slot SLOT = new Slot(LocalDate.of(2026, 9, 10), HalfDay.MORNING);
    private static final Actor AGENT = new Actor(AccountId.random(), "agent.creche", Role.NURSERY_AGENT, null, null);
    private static final int REQUESTS = 30;
    private static final int PLACES = 3;

    /** One application instance: its pool, stores and use cases. */
    private record Instance(Database database, NurseryStores stores, BookOccasionalCare book, CancelOccasionalBooking cancel,
            JdbiTransactions transactions, Audit audit) {

        static Instance on(String url, String user, String password) {
            Database database = Database.start(url, user, password);
            JdbiContext db = database.context();
            NurseryStores stores = new NurseryStores(new JdbiNurserySettings(db), new JdbiNurserySlots(db), new JdbiOccasionalBookings(db),
                    new JdbiRegularContracts(db), new JdbiNurseryAbsences(db), new JdbiNurseryAttendances(db), new JdbiFamilies(db),
                    new JdbiEnrolments(db));
            JdbiTransactions transactions = new JdbiTransactions(db);
            Audit audit = new Audit(new JdbiAuditLog(db), CLOCK);
            return new Instance(database, stores, new BookOccasionalCare(stores, transactions, audit, CLOCK),
                    new CancelOccasionalBooking(stores, transactions, new InMemoryMailer(), Town.DONGES, audit, CLOCK), transactions, audit);
        }
    }

    @Test
    void h2_never_confirms_beyond_the_places() throws Exception {
        String url = TestDatabases.emptyH2Url();
        Instance only = Instance.on(url, "sa", "");
        try {
            concurrentRequests(List.of(only));
        } finally {
            only.database().close();
        }
    }

    @Test
    void postgres_with_two_instances_never_confirms_beyond_the_places() throws Exception {
        String url = TestDatabases.freshPostgresUrl();
        Instance first = Instance.on(url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
        Instance second = Instance.on(url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
        try {
            concurrentRequests(List.of(first, second));
        } finally {
            first.database().close();
            second.database().close();
        }
    }

    private static void concurrentRequests(List<Instance> instances) throws Exception {
        Instance setup = instances.get(0);
        List<Child> children = IntStream.range(0, REQUESTS).mapToObj(i -> new Child(ChildId.random(), "Enfant" + i, "Famille", LocalDate.of(2025, 1, 10), null, null)).toList();
        setup.stores().families().add(Fixtures.family("Famille", List.of(Fixtures.guardian("Claire", "Famille", null)), children));
        RegisterOccasionalCare register = new RegisterOccasionalCare(setup.stores(), setup.transactions(), setup.audit());
        children.forEach(c -> register.register(AGENT, new RegisterOccasionalCare.Command(c.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31))));
        new UpdateNurserySettings(setup.stores(), setup.transactions(), new InMemoryMailer(), Town.DONGES, setup.audit(), CLOCK)
                .update(AGENT, new UpdateNurserySettings.Command(PLACES, List.of()));

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<BookingView> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BookingView>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Instance instance = instances.get(i % instances.size());
                Child child = children.get(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return instance.book().book(AGENT, new BookOccasionalCare.Command(child.id(), SLOT.date(), SLOT.period()));
                }));
            }
            start.countDown();
            for (Future<BookingView> future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).filteredOn(a -> a.booking().isConfirmed()).hasSize(PLACES);
        assertThat(answers).extracting(BookingView::waitlistPosition).filteredOn(p -> p != null)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, REQUESTS - PLACES).boxed().toList());
        List<OccasionalBooking> stored = setup.stores().bookings().inSlot(SLOT);
        assertThat(stored).filteredOn(OccasionalBooking::isConfirmed).hasSize(PLACES);
        assertThat(stored).extracting(OccasionalBooking::queueNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, REQUESTS).mapToObj(Long::valueOf).toList());

        OccasionalBooking firstWaiting = stored.stream().filter(OccasionalBooking::isWaiting)
                .min(Comparator.comparingLong(OccasionalBooking::queueNumber)).orElseThrow();
        OccasionalBooking confirmed = stored.stream().filter(OccasionalBooking::isConfirmed).findFirst().orElseThrow();
        instances.get(instances.size() - 1).cancel().cancel(AGENT, confirmed.child(), confirmed.id());

        assertThat(setup.stores().bookings().byId(firstWaiting.id())).hasValueSatisfying(b ->
                assertThat(b.status()).isEqualTo(OccasionalBookingStatus.CONFIRMED));
        assertThat(setup.stores().bookings().inSlot(SLOT)).filteredOn(OccasionalBooking::isConfirmed).hasSize(PLACES);
    }
}
