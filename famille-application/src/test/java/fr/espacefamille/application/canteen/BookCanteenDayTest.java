package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.FRIDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.TUESDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.WEDNESDAY;
import static fr.espacefamille.application.shared.RefusalCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.BookingDeadline;
import fr.espacefamille.domain.canteen.CanteenDayStatus;

class BookCanteenDayTest {

    private final CanteenWorld world = new CanteenWorld();

    private BookCanteenDay.Command lea(LocalDate day) {
        return new BookCanteenDay.Command(world.lea.id(), day);
    }

    @Test
    void a_parent_books_a_day_before_its_deadline_once_and_it_is_audited_once() {
        assertThat(world.book.book(world.claire, lea(TUESDAY))).isEqualTo(new BookCanteenDay.Result(TUESDAY, CanteenDayStatus.BOOKED));
        assertThat(world.book.book(world.claire, lea(TUESDAY)).status()).as("idempotent").isEqualTo(CanteenDayStatus.BOOKED);

        assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(TUESDAY, TUESDAY))).containsExactly(TUESDAY);
        assertThat(world.audit("CANTEEN_DAY_BOOKED")).hasSize(1)
                .first().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("parent-martin");
                    assertThat(e.target()).isEqualTo(world.lea.id().toString());
                    assertThat(e.after()).contains("2026-09-08", "BOOKED");
                });
    }

    @Test
    void refuses_booking_after_deadline_for_parents() {
        assertThat(code(() -> world.book.book(world.claire, lea(MONDAY)))).isEqualTo("BOOKING_DEADLINE_PASSED");
        world.at(MONDAY, "09:59:59");
        assertThat(code(() -> world.book.book(world.claire, lea(TUESDAY)))).isEqualTo("ACCEPTED");
        world.at(MONDAY, "10:00");
        assertThat(code(() -> world.cancel.cancel(world.claire, new CancelCanteenDay.Command(world.lea.id(), TUESDAY))))
                .isEqualTo("BOOKING_DEADLINE_PASSED");
    }

    @Test
    void refuses_any_change_after_the_deadline_whatever_the_day_s_state() {
        assertThat(code(() -> world.cancel.cancel(world.claire, new CancelCanteenDay.Command(world.lea.id(), MONDAY))))
                .as("cancelling a day that is not booked").isEqualTo("BOOKING_DEADLINE_PASSED");
    }

    @Test
    void school_agents_change_any_day_at_any_time() {
        assertThat(world.book.book(world.schoolAgent, lea(MONDAY)).status()).isEqualTo(CanteenDayStatus.BOOKED);
        assertThat(world.book.book(world.schoolAgent, lea(LocalDate.of(2026, 9, 1))).status()).isEqualTo(CanteenDayStatus.BOOKED);
        assertThat(world.cancel.cancel(world.schoolAgent, new CancelCanteenDay.Command(world.lea.id(), MONDAY)).status())
                .isEqualTo(CanteenDayStatus.NOT_BOOKED);
        assertThat(world.audit("CANTEEN_DAY_CANCELLED")).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("school_agent"));
    }

    @Test
    void other_staff_may_not_change_bookings() {
        assertThat(code(() -> world.book.book(world.nurseryAgent, lea(TUESDAY)))).isEqualTo("FORBIDDEN");
    }

    @Test
    void another_family_s_child_is_not_found_like_an_unknown_one() {
        assertThat(code(() -> world.book.book(world.helene, lea(TUESDAY)))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> world.book.book(world.claire,
                new BookCanteenDay.Command(fr.espacefamille.domain.family.ChildId.random(), TUESDAY)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void refuses_days_without_service_and_children_not_enrolled() {
        assertThat(code(() -> world.book.book(world.claire, lea(WEDNESDAY)))).isEqualTo("NOT_A_SERVICE_DAY");
        assertThat(code(() -> world.book.book(world.claire, lea(LocalDate.of(2026, 9, 18))))).as("closure").isEqualTo("NOT_A_SERVICE_DAY");
        assertThat(code(() -> world.book.book(world.claire, lea(LocalDate.of(2027, 7, 5))))).as("after the year").isEqualTo("NOT_A_SERVICE_DAY");
        assertThat(code(() -> world.book.book(world.helene, new BookCanteenDay.Command(world.malo.id(), FRIDAY))))
                .isEqualTo("NOT_ENROLLED");
    }

    @Test
    void cancelling_a_day_that_is_not_booked_changes_nothing() {
        assertThat(world.cancel.cancel(world.claire, new CancelCanteenDay.Command(world.lea.id(), FRIDAY)).status())
                .isEqualTo(CanteenDayStatus.NOT_BOOKED);
        assertThat(world.audit("CANTEEN_DAY_CANCELLED")).isEmpty();
    }

    static Stream<Long> seeds() {
        long master = Long.getLong("seed", System.nanoTime());
        System.out.println("BookCanteenDayTest master seed: " + master + " (rerun with -Dseed=" + master + ")");
        Random random = new Random(master);
        return LongStream.generate(random::nextLong).limit(100).boxed();
    }

    /** Property: through the use case, with the clock anywhere, no parent's booking is accepted at or after its deadline. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_booking_is_ever_accepted_after_its_deadline(long seed) {
        Random random = new Random(seed);
        LocalDate day = CanteenWorld.YEAR.start().plusDays(random.nextInt(300));
        Instant now = day.atStartOfDay(CanteenWorld.PARIS).toInstant()
                .plus(Duration.ofSeconds(random.nextInt(6 * 24 * 3600)).minus(Duration.ofDays(5)));
        world.clock.set(now);

        String outcome = code(() -> world.book.book(world.claire, lea(day)));

        String context = "seed " + seed + ": " + day + " at " + now;
        if (outcome.equals("ACCEPTED")) {
            assertThat(now).as(context).isBefore(BookingDeadline.of(day).toInstant());
        } else if (world.schoolYears.calendar().isServiceDay(day)) {
            assertThat(outcome).as(context).isEqualTo("BOOKING_DEADLINE_PASSED");
            assertThat(now).as(context).isAfterOrEqualTo(BookingDeadline.of(day).toInstant());
            assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(day, day))).as(context).isEmpty();
        } else {
            assertThat(outcome).as(context).isEqualTo("NOT_A_SERVICE_DAY");
        }
    }
}
