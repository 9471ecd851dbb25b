package fr.espacefamille.application.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.RefusedException;

class EnrolInCanteenTest {

    private final CanteenWorld world = new CanteenWorld();
    private static final SchoolYearLabel Y2026 = new SchoolYearLabel(2026);

    private String code(fr.espacefamille.application.shared.Actor actor, ChildId child, SchoolYearLabel year) {
        try {
            world.enrol.enrol(actor, new EnrolInCanteen.Command(child, year));
            return "ACCEPTED";
        } catch (RefusedException e) {
            return e.refusal().code();
        }
    }

    @Test
    void enrols_a_school_child_for_an_entered_year_covering_its_dates() {
        var id = world.enrol.enrol(world.schoolAgent, new EnrolInCanteen.Command(world.malo.id(), Y2026));

        assertThat(world.enrolments.byId(id)).hasValueSatisfying(e -> {
            assertThat(e.service()).isEqualTo(ChildService.CANTEEN);
            assertThat(e.schoolYear()).isEqualTo("2026-2027");
            assertThat(e.from()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(e.to()).isEqualTo(LocalDate.of(2027, 7, 3));
        });
        assertThat(world.pupils.byId(world.malo.id()).orElseThrow().canteenYears()).containsExactly(Y2026);
        assertThat(world.audit("CANTEEN_ENROLMENT_CREATED")).hasSize(1);
    }

    @Test
    void refuses_twice_the_same_year_unknown_years_children_without_school_and_other_roles() {
        assertThat(code(world.schoolAgent, world.lea.id(), Y2026)).isEqualTo("ALREADY_ENROLLED");
        assertThat(code(world.schoolAgent, world.malo.id(), new SchoolYearLabel(2027))).isEqualTo("UNKNOWN_SCHOOL_YEAR");
        assertThat(code(world.schoolAgent, world.tom.id(), Y2026)).isEqualTo("NO_SCHOOL");
        assertThat(code(world.schoolAgent, ChildId.random(), Y2026)).isEqualTo("NOT_FOUND");
        assertThat(code(world.nurseryAgent, world.malo.id(), Y2026)).isEqualTo("FORBIDDEN");
        assertThat(code(world.claire, world.lea.id(), Y2026)).isEqualTo("FORBIDDEN");
    }
}
