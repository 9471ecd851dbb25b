package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.THURSDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.PupilDays.Read;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.inmemory.InMemoryPupilDaysChanges;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;

/**
 * The decision for the month view: a child's days are answered from memory for the school year
 * around the range read, forgotten on every write through this instance (the store wrappers) and
 * on every change told from elsewhere; nothing is answered from memory while that feed is down.
 */
class RememberedPupilDaysTest {

    private static final DateRange WEEK = new DateRange(MONDAY, MONDAY.plusDays(6));
    private static final DateRange OCTOBER = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

    private final CanteenWorld world = new CanteenWorld();
    private final AtomicInteger storeReads = new AtomicInteger();
    /** What another instance would do: writes straight into the stores, not through the wrappers. */
    private final PupilDays counted = (child, range) -> {
        storeReads.incrementAndGet();
        return PupilDays.composed(world.pupils, world.bookings, world.absences).of(child, range);
    };
    private final InMemoryPupilDaysChanges elsewhere = new InMemoryPupilDaysChanges();
    private final RememberedPupilDays days = new RememberedPupilDays(counted, world.tx, elsewhere, world.clock);
    private final CanteenBookings bookings = days.bookings(world.bookings);
    private final ChildId lea = world.lea.id();

    private Read week() {
        return days.of(lea, WEEK).orElseThrow();
    }

    @Test
    void ranges_inside_the_school_year_read_once_are_answered_from_memory_each_with_its_own_days() {
        world.bookings.book(lea, TUESDAY, world.pasteur.id());
        world.bookings.book(lea, OCTOBER.from(), world.pasteur.id());

        assertThat(week().booked()).containsExactly(TUESDAY);
        assertThat(days.of(lea, OCTOBER).orElseThrow().booked()).containsExactly(OCTOBER.from());
        assertThat(days.of(lea, new DateRange(TUESDAY, TUESDAY)).orElseThrow().booked()).containsExactly(TUESDAY);
        assertThat(days.of(lea, new DateRange(THURSDAY, THURSDAY)).orElseThrow().booked()).isEmpty();
        assertThat(storeReads).as("one read for the school year").hasValue(1);

        days.of(lea, new DateRange(LocalDate.of(2027, 7, 20), LocalDate.of(2027, 8, 10)));
        assertThat(storeReads).as("a range reaching into the next school year is read again").hasValue(2);
    }

    @Test
    void the_window_runs_from_the_first_of_august_before_to_the_thirty_first_of_july_after() {
        assertThat(RememberedPupilDays.schoolYearsAround(WEEK))
                .isEqualTo(new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)));
        assertThat(RememberedPupilDays.schoolYearsAround(new DateRange(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31))))
                .isEqualTo(new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)));
        assertThat(RememberedPupilDays.schoolYearsAround(new DateRange(LocalDate.of(2027, 7, 20), LocalDate.of(2027, 8, 10))))
                .isEqualTo(new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31)));
    }

    @Test
    void an_unknown_child_is_not_remembered() {
        ChildId unknown = ChildId.random();
        assertThat(days.of(unknown, WEEK)).isEmpty();
        assertThat(days.of(unknown, WEEK)).isEmpty();
        assertThat(storeReads).hasValue(2);
    }

    @Test
    void a_booking_or_a_cancellation_through_this_instance_is_seen_by_the_next_read() {
        assertThat(week().booked()).isEmpty();

        bookings.book(lea, TUESDAY, world.pasteur.id());
        assertThat(week().booked()).containsExactly(TUESDAY);

        bookings.cancel(lea, TUESDAY);
        assertThat(week().booked()).isEmpty();
    }

    @Test
    void an_absence_an_enrolment_and_a_family_change_through_this_instance_are_seen_by_the_next_read() {
        world.bookings.book(lea, MONDAY, world.pasteur.id());
        assertThat(week().absent()).isEmpty();
        days.absences(world.absences).add(new CanteenAbsence(AbsenceId.random(), lea, new DateRange(MONDAY, MONDAY), AbsenceReason.OTHER,
                null, Instant.now(), "claire", new TreeMap<>(Map.of(MONDAY, AbsenceBilling.NOT_BILLED))));
        assertThat(week().absent()).containsEntry(MONDAY, AbsenceBilling.NOT_BILLED);

        ChildId malo = world.malo.id();
        assertThat(days.of(malo, WEEK).orElseThrow().pupil().canteenYears()).isEmpty();
        Enrolments enrolments = days.enrolments(world.enrolments);
        enrolments.add(new Enrolment(EnrolmentId.random(), malo, ChildService.CANTEEN, CanteenWorld.YEAR.start(), CanteenWorld.YEAR.end(),
                "2026-2027"));
        assertThat(days.of(malo, WEEK).orElseThrow().pupil().canteenYears()).hasSize(1);

        Families families = days.families(world.families);
        Family martin = world.families.byId(world.martin.id()).orElseThrow();
        Child lea = martin.child(this.lea).orElseThrow();
        Child moved = new Child(lea.id(), lea.firstName(), lea.lastName(), lea.birthDate(), world.prevert.id(), lea.grade());
        families.update(new Family(martin.id(), martin.name(), martin.address(), martin.resident(), martin.quotients(), martin.resources(),
                martin.paperless(), martin.guardians(), List.of(moved, world.tom)));
        assertThat(week().pupil().school()).isEqualTo(world.prevert.id());
    }

    @Test
    void each_write_through_this_instance_is_announced_once_its_transaction_has_ended() {
        world.tx.run(() -> {
            bookings.book(lea, TUESDAY, world.pasteur.id());
            assertThat(elsewhere.announced()).as("not before the commit").isEmpty();
        });
        assertThat(elsewhere.announced()).containsExactly(lea);

        days.retention(world.town.stores().familyRetention()).erase(world.nguyen.id(), "closed");
        assertThat(elsewhere.announced()).as("an erasure: everyone").containsExactly(lea, null);
    }

    @Test
    void what_was_read_more_than_a_minute_ago_is_read_again_even_untold() {
        week();
        world.clock.set(world.clock.instant().plus(RememberedPupilDays.MAX_AGE).minusMillis(1));
        week();
        assertThat(storeReads).hasValue(1);
        world.clock.set(world.clock.instant().plusMillis(1));
        week();
        assertThat(storeReads).hasValue(2);
    }

    @Test
    void a_read_made_inside_a_transaction_that_rolls_back_is_not_kept() {
        assertThat(week().booked()).isEmpty();
        assertThatThrownBy(() -> world.tx.run(() -> {
            bookings.book(lea, TUESDAY, world.pasteur.id());
            assertThat(week().booked()).as("the transaction sees its own write").containsExactly(TUESDAY);
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(week().booked()).isEmpty();
    }

    @Test
    void a_change_told_from_elsewhere_is_seen_by_the_next_read_and_only_that_child_is_read_again() {
        assertThat(week().booked()).isEmpty();
        days.of(world.malo.id(), WEEK);
        world.bookings.book(lea, TUESDAY, world.pasteur.id());
        assertThat(week().booked()).as("not told yet: the memory answers").isEmpty();

        elsewhere.tell(lea);

        assertThat(week().booked()).containsExactly(TUESDAY);
        days.of(world.malo.id(), WEEK);
        assertThat(storeReads).as("Léa twice, Malo once").hasValue(3);
    }

    @Test
    void while_the_feed_is_down_every_read_goes_to_the_store_and_once_back_nothing_from_before_is_trusted() {
        assertThat(week().booked()).isEmpty();

        elsewhere.lose();
        world.bookings.book(lea, TUESDAY, world.pasteur.id());
        assertThat(week().booked()).containsExactly(TUESDAY);
        world.bookings.cancel(lea, TUESDAY);
        assertThat(week().booked()).as("nothing was remembered while down").isEmpty();
        assertThat(storeReads).hasValue(3);

        elsewhere.restore();
        week();
        week();
        assertThat(storeReads).as("remembered again once back").hasValue(4);
    }

    @Test
    void a_read_that_raced_with_a_change_told_meanwhile_is_answered_but_not_kept() {
        PupilDays racing = (child, range) -> {
            Optional<Read> before = counted.of(child, range);
            // the change commits and is told while this read's answer is on its way
            world.bookings.book(lea, TUESDAY, world.pasteur.id());
            elsewhere.tell(lea);
            return before;
        };
        RememberedPupilDays raced = new RememberedPupilDays(racing, world.tx, elsewhere, world.clock);

        assertThat(raced.of(lea, WEEK).orElseThrow().booked()).isEmpty();
        world.bookings.cancel(lea, TUESDAY);
        assertThat(raced.of(lea, WEEK).orElseThrow().booked()).as("read again, not the raced answer").isEmpty();
        assertThat(storeReads).hasValue(2);
    }
}
