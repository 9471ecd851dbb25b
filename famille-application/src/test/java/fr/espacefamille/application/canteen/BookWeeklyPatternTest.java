package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.BookWeeklyPattern.Skipped;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.shared.RefusedException;

class BookWeeklyPatternTest {

    private final CanteenWorld world = new CanteenWorld();

    @Test
    void books_the_chosen_weekdays_and_reports_the_days_it_skips_with_their_code() {
        world.book.book(world.claire, new BookCanteenDay.Command(world.lea.id(), LocalDate.of(2026, 9, 10)));

        var result = world.pattern.book(world.claire, new BookWeeklyPattern.Command(world.lea.id(), MONDAY,
                LocalDate.of(2026, 9, 20), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));

        assertThat(result.booked()).containsExactly(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11),
                LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 17));
        assertThat(result.skipped()).containsExactly(
                new Skipped(MONDAY, "BOOKING_DEADLINE_PASSED"),
                new Skipped(LocalDate.of(2026, 9, 9), "NOT_A_SERVICE_DAY"),
                new Skipped(LocalDate.of(2026, 9, 16), "NOT_A_SERVICE_DAY"),
                new Skipped(LocalDate.of(2026, 9, 18), "NOT_A_SERVICE_DAY"));
        assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(MONDAY, LocalDate.of(2026, 9, 20))))
                .containsExactlyElementsOf(result.booked());
        assertThat(world.audit("CANTEEN_PATTERN_BOOKED")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("2026-09-11", "2026-09-14", "2026-09-17").doesNotContain("2026-09-10"));
    }

    @Test
    void days_outside_the_school_year_are_not_service_days_and_not_enrolled_children_are_skipped() {
        var summer = world.pattern.book(world.claire, new BookWeeklyPattern.Command(world.lea.id(), LocalDate.of(2027, 6, 28),
                LocalDate.of(2027, 7, 9), Set.of(DayOfWeek.MONDAY)));
        assertThat(summer.booked()).containsExactly(LocalDate.of(2027, 6, 28));
        assertThat(summer.skipped()).containsExactly(new Skipped(LocalDate.of(2027, 7, 5), "NOT_A_SERVICE_DAY"));

        var malo = world.pattern.book(world.helene, new BookWeeklyPattern.Command(world.malo.id(), MONDAY.plusDays(7),
                MONDAY.plusDays(8), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)));
        assertThat(malo.booked()).isEmpty();
        assertThat(malo.skipped()).extracting(Skipped::reason).containsOnly("NOT_ENROLLED");
        assertThat(world.audit("CANTEEN_PATTERN_BOOKED")).hasSize(1);
    }

    @Test
    void staff_patterns_ignore_the_deadline() {
        var result = world.pattern.book(world.schoolAgent, new BookWeeklyPattern.Command(world.lea.id(), LocalDate.of(2026, 9, 1),
                MONDAY, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)));
        assertThat(result.booked()).containsExactly(LocalDate.of(2026, 9, 1), MONDAY);
    }

    @Test
    void refuses_an_empty_set_of_weekdays_and_ranges_over_93_days() {
        assertThatThrownBy(() -> world.pattern.book(world.claire, new BookWeeklyPattern.Command(world.lea.id(), MONDAY,
                MONDAY.plusDays(7), Set.of()))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal().field()).hasValue("weekdays"));
        assertThatThrownBy(() -> world.pattern.book(world.claire, new BookWeeklyPattern.Command(world.lea.id(), MONDAY,
                MONDAY.plusDays(93), Set.of(DayOfWeek.MONDAY)))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal().field()).hasValue("to"));
    }

    @Test
    void the_rest_of_the_school_year_is_booked_in_one_action_over_several_93_day_ranges() {
        var result = world.pattern.bookRestOfYear(world.claire, world.lea.id(), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));

        assertThat(result.booked()).first().isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(result.booked()).last().isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(result.booked()).as("more than one 93-day range").hasSizeGreaterThan(60)
                .allMatch(d -> d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY);
        assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 3))))
                .contains(LocalDate.of(2027, 6, 28), LocalDate.of(2027, 7, 1));
        assertThat(world.pattern.restOfYearEnd(LocalDate.of(2026, 9, 8))).hasValue(LocalDate.of(2027, 7, 3));
    }

    @Test
    void an_empty_choice_of_weekdays_is_refused_and_books_nothing() {
        assertThatThrownBy(() -> world.pattern.bookRestOfYear(world.claire, world.lea.id(), Set.of()))
                .isInstanceOf(RefusedException.class);
        assertThat(world.bookings.ofChild(world.lea.id(), new DateRange(MONDAY, MONDAY.plusDays(90)))).isEmpty();
    }
}
