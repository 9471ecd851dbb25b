package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.canteen.CanteenBookings;
import fr.espacefamille.application.canteen.CanteenBookings.MealCount;
import fr.espacefamille.application.inmemory.InMemoryCanteenBookings;
import fr.espacefamille.domain.calendar.DateRange;

/** What every {@link CanteenBookings} store does. */
abstract class CanteenBookingsContract extends StoreContract {

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private CanteenBookings bookings;
    private CanteenFixture town;

    CanteenBookingsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void storeATown() {
        bookings = backend.store(InMemoryCanteenBookings::new, JdbiCanteenBookings::new);
        town = new CanteenFixture(backend);
    }

    @Test
    void booking_and_cancelling_are_idempotent() {
        assertThat(bookings.book(town.lea.id(), MONDAY, town.pasteur.id())).isTrue();
        assertThat(bookings.book(town.lea.id(), MONDAY, town.pasteur.id())).isFalse();
        assertThat(bookings.ofChild(town.lea.id(), new DateRange(MONDAY, MONDAY))).containsExactly(MONDAY);
        assertThat(bookings.cancel(town.lea.id(), MONDAY)).isTrue();
        assertThat(bookings.cancel(town.lea.id(), MONDAY)).isFalse();
        assertThat(bookings.ofChild(town.lea.id(), new DateRange(MONDAY, MONDAY))).isEmpty();
    }

    @Test
    void reads_bookings_per_child_per_school_and_counts_them_per_day_and_school() {
        bookings.book(town.lea.id(), MONDAY, town.pasteur.id());
        bookings.book(town.lea.id(), TUESDAY, town.pasteur.id());
        bookings.book(town.zoe.id(), MONDAY, town.pasteur.id());
        bookings.book(town.malo.id(), MONDAY, town.prevert.id());
        bookings.book(town.malo.id(), MONDAY.plusDays(30), null);

        assertThat(bookings.ofChild(town.lea.id(), new DateRange(MONDAY.minusDays(1), TUESDAY))).containsExactly(MONDAY, TUESDAY);
        assertThat(bookings.ofChild(town.lea.id(), new DateRange(TUESDAY, TUESDAY))).containsExactly(TUESDAY);
        assertThat(bookings.ofChildren(List.of(town.lea.id(), town.malo.id()), new DateRange(MONDAY, MONDAY)))
                .containsOnlyKeys(town.lea.id(), town.malo.id());
        assertThat(bookings.ofChildren(List.of(), new DateRange(MONDAY, MONDAY))).isEmpty();
        assertThat(bookings.ofSchool(town.pasteur.id(), MONDAY)).containsExactlyInAnyOrder(town.lea.id(), town.zoe.id());
        assertThat(bookings.count(new DateRange(MONDAY, MONDAY.plusDays(40)))).containsExactlyInAnyOrder(
                new MealCount(MONDAY, town.pasteur.id(), 2), new MealCount(MONDAY, town.prevert.id(), 1),
                new MealCount(TUESDAY, town.pasteur.id(), 1));
    }

    @Test
    void concurrent_bookings_of_one_day_make_one_booking_and_no_error() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> booking = () -> {
                    start.await();
                    return backend.transactions().inTransaction(() -> bookings.book(town.lea.id(), TUESDAY, town.pasteur.id()));
                };
                results.add(pool.submit(booking));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(bookings.ofChild(town.lea.id(), new DateRange(TUESDAY, TUESDAY))).containsExactly(TUESDAY);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_booking_rolled_back_with_its_transaction_leaves_nothing() {
        try {
            backend.transactions().run(() -> {
                bookings.book(town.lea.id(), MONDAY, town.pasteur.id());
                throw new IllegalStateException("refused later in the use case");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(bookings.ofChild(town.lea.id(), new DateRange(MONDAY, MONDAY))).isEmpty();
    }
}
