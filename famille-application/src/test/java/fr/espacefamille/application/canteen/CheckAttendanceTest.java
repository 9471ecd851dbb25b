package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.CheckAttendance.Mark;
import fr.espacefamille.domain.canteen.Attendance;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.RefusedException;

class CheckAttendanceTest {

    private final CanteenWorld world = new CanteenWorld();

    private String code(SchoolId school, LocalDate date, List<Mark> marks) {
        try {
            world.checkAttendance.check(world.schoolAgent, new CheckAttendance.Command(school, date, marks));
            return "ACCEPTED";
        } catch (RefusedException e) {
            return e.refusal().code() + " " + e.refusal().detail();
        }
    }

    @Test
    void marks_children_one_tap_at_a_time_and_audits_each_change() {
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), MONDAY));

        world.checkAttendance.check(world.schoolAgent, new CheckAttendance.Command(world.pasteur.id(), MONDAY,
                List.of(new Mark(world.lea.id(), true))));
        AttendanceSheet sheet = world.checkAttendance.check(world.schoolAgent, new CheckAttendance.Command(world.pasteur.id(), MONDAY,
                List.of(new Mark(world.malo.id(), false))));
        world.checkAttendance.check(world.schoolAgent, new CheckAttendance.Command(world.pasteur.id(), MONDAY,
                List.of(new Mark(world.malo.id(), false))));

        assertThat(sheet.lines()).extracting(l -> l.pupil().firstName(), AttendanceSheet.Line::attendance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Léa", Attendance.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Malo", Attendance.ABSENT));
        assertThat(world.audit("CANTEEN_ATTENDANCE_MARKED")).as("marking again the same changes nothing").hasSize(2);
    }

    @Test
    void a_child_not_enrolled_is_marked_and_flagged_so_that_the_meal_eaten_is_billed() {
        AttendanceSheet sheet = world.checkAttendance.check(world.schoolAgent, new CheckAttendance.Command(world.pasteur.id(), MONDAY,
                List.of(new Mark(world.malo.id(), true))));

        AttendanceSheet.Line malo = sheet.lines().stream().filter(l -> l.pupil().id().equals(world.malo.id())).findFirst().orElseThrow();
        assertThat(malo.enrolled()).isFalse();
        assertThat(malo.attendance()).isEqualTo(Attendance.PRESENT);
        assertThat(world.records.ofChild(world.malo.id(), java.time.YearMonth.of(2026, 9)))
                .singleElement().satisfies(r -> assertThat(r.charge()).isEqualTo(fr.espacefamille.domain.canteen.MealCharge.UNBOOKED_MEAL));
    }

    @Test
    void lists_booked_children_first_then_enrolled_then_the_others() {
        Child zoe = new Child(ChildId.random(), "Zoé", "Abel", LocalDate.of(2019, 1, 1), world.pasteur.id(), Grade.CP);
        world.families.add(CanteenWorld.family("Abel", zoe));
        world.enrolments.add(new fr.espacefamille.domain.family.Enrolment(fr.espacefamille.domain.family.EnrolmentId.random(),
                zoe.id(), fr.espacefamille.domain.family.ChildService.CANTEEN, CanteenWorld.YEAR.start(), CanteenWorld.YEAR.end(), "2026-2027"));
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), MONDAY));

        AttendanceSheet sheet = world.sheets.read(world.schoolAgent, world.pasteur.id(), MONDAY);

        assertThat(sheet.lines()).extracting(l -> l.pupil().firstName()).containsExactly("Léa", "Zoé", "Malo");
        assertThat(sheet.bookedCount()).isEqualTo(1);
        assertThat(sheet.serviceDay()).isTrue();
    }

    @Test
    void refuses_future_days_days_without_service_unknown_schools_and_children_of_other_schools() {
        assertThat(code(world.pasteur.id(), TUESDAY, List.of())).startsWith("DATE_IN_FUTURE");
        assertThat(code(world.pasteur.id(), LocalDate.of(2026, 9, 2), List.of())).startsWith("NOT_A_SERVICE_DAY");
        assertThat(code(SchoolId.random(), MONDAY, List.of())).startsWith("NOT_FOUND");
        assertThat(code(world.prevert.id(), MONDAY, List.of(new Mark(world.lea.id(), true)))).startsWith("VALIDATION_FAILED [0].childId");
        assertThat(code(world.pasteur.id(), MONDAY, List.of(new Mark(world.lea.id(), true), new Mark(world.lea.id(), false))))
                .startsWith("VALIDATION_FAILED [1].childId");
        assertThat(world.attendance.ofSchool(world.prevert.id(), MONDAY)).isEmpty();
    }

    @Test
    void only_school_agents_check_attendance() {
        try {
            world.checkAttendance.check(world.nurseryAgent, new CheckAttendance.Command(world.pasteur.id(), MONDAY, List.of()));
        } catch (RefusedException e) {
            assertThat(e.refusal().code()).isEqualTo("FORBIDDEN");
            return;
        }
        throw new AssertionError("a nursery agent checked canteen attendance");
    }
}
