package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.FRIDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.THURSDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.TUESDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.ReadCanteenDays.Day;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.shared.RefusedException;

class ReadCanteenDaysTest {

    private final CanteenWorld world = new CanteenWorld();

    private List<Day> week(fr.espacefamille.application.shared.Actor actor) {
        return world.readDays.read(actor, world.lea.id(), MONDAY, MONDAY.plusDays(6));
    }

    @Test
    void lists_every_calendar_day_with_its_status_deadline_and_whether_it_can_still_change() {
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), MONDAY));
        world.book.book(world.claire, new BookCanteenDay.Command(world.lea.id(), THURSDAY));

        List<Day> days = week(world.claire);

        assertThat(days).hasSize(7);
        assertThat(days).extracting(Day::status).containsExactly(CanteenDayStatus.BOOKED, CanteenDayStatus.NOT_BOOKED,
                CanteenDayStatus.NO_SERVICE, CanteenDayStatus.BOOKED, CanteenDayStatus.NOT_BOOKED, CanteenDayStatus.NO_SERVICE,
                CanteenDayStatus.NO_SERVICE);
        assertThat(days).extracting(Day::editable).containsExactly(false, true, false, true, true, false, false);
        assertThat(days.get(1).deadline().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-09-07T10:00+02:00"));
        assertThat(days.get(2).deadline()).as("no deadline without service").isNull();
    }

    @Test
    void staff_see_every_service_day_as_editable_other_staff_none() {
        assertThat(week(world.schoolAgent)).extracting(Day::editable).containsExactly(true, true, false, true, true, false, false);
        assertThat(week(world.nurseryAgent)).extracting(Day::editable).containsOnly(false);
    }

    @Test
    void days_of_a_school_year_the_child_is_not_enrolled_in_have_no_service_for_it() {
        world.schoolYears.save(new fr.espacefamille.domain.calendar.SchoolYear(new fr.espacefamille.domain.calendar.SchoolYearLabel(2025),
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 4), null, List.of(), new java.util.TreeSet<>()));

        List<Day> days = world.readDays.read(world.claire, world.lea.id(), LocalDate.of(2026, 6, 29), LocalDate.of(2026, 9, 1));

        Day lastDayOfLastYear = days.get(0);
        assertThat(lastDayOfLastYear.status()).isEqualTo(CanteenDayStatus.NO_SERVICE);
        assertThat(lastDayOfLastYear.enrolled()).isFalse();
        assertThat(lastDayOfLastYear.deadline()).isNull();
        Day firstDayOfThisYear = days.get(days.size() - 1);
        assertThat(firstDayOfThisYear.status()).isEqualTo(CanteenDayStatus.NOT_BOOKED);
        assertThat(firstDayOfThisYear.enrolled()).isTrue();
    }

    @Test
    void answers_not_enrolled_when_the_child_is_enrolled_for_no_day_of_the_range() {
        assertThat(world.readDays.enrolledDuring(world.helene, world.malo.id(), MONDAY, FRIDAY)).isFalse();
        assertThat(world.readDays.enrolledDuring(world.claire, world.lea.id(), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(world.readDays.enrolledDuring(world.claire, world.lea.id(), MONDAY, FRIDAY)).isTrue();
        assertThatThrownBy(() -> world.readDays.read(world.helene, world.malo.id(), MONDAY, FRIDAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_ENROLLED"));
        assertThatThrownBy(() -> world.readDays.read(world.claire, world.lea.id(), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 31)))
                .as("summer before the year").isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo("NOT_ENROLLED"));
    }

    @Test
    void a_booked_day_covered_by_an_absence_is_absent() {
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), MONDAY));
        world.reportAbsence.report(world.claire, new ReportCanteenAbsence.Command(world.lea.id(), MONDAY, MONDAY,
                AbsenceReason.OTHER, null));

        assertThat(week(world.claire).get(0).status()).isEqualTo(CanteenDayStatus.ABSENT);
    }

    @Test
    void refuses_ranges_longer_than_93_days_or_upside_down() {
        assertThatThrownBy(() -> world.readDays.read(world.claire, world.lea.id(), MONDAY, MONDAY.plusDays(93)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().field()).hasValue("to"));
        assertThat(world.readDays.read(world.claire, world.lea.id(), MONDAY, MONDAY.plusDays(92))).hasSize(93);
        assertThatThrownBy(() -> world.readDays.read(world.claire, world.lea.id(), TUESDAY, MONDAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("VALIDATION_FAILED"));
    }

    @Test
    void another_family_s_child_is_not_found() {
        assertThatThrownBy(() -> world.readDays.read(world.helene, world.lea.id(), MONDAY, WEDNESDAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
    }
}
