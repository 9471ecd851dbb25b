package fr.espacefamille.application.canteen;

import static fr.espacefamille.application.canteen.CanteenWorld.MONDAY;
import static fr.espacefamille.application.canteen.CanteenWorld.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.ReadHeadcounts.Headcount;

class ReadHeadcountsTest {

    private final CanteenWorld world = new CanteenWorld();

    @Test
    void counts_booked_meals_per_school_and_service_day_zero_included_final_after_the_deadline() {
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), MONDAY));
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), TUESDAY));

        List<Headcount> counts = world.headcounts.read(world.schoolAgent, MONDAY, MONDAY.plusDays(2));

        assertThat(counts).extracting(h -> h.date(), h -> h.school().name(), Headcount::meals, Headcount::isFinal).containsExactly(
                tuple(MONDAY, "École Jacques Prévert", 0, true),
                tuple(MONDAY, "École Louis Pasteur", 1, true),
                tuple(TUESDAY, "École Jacques Prévert", 0, false),
                tuple(TUESDAY, "École Louis Pasteur", 1, false));
    }

    @Test
    void an_absence_reported_after_the_deadline_does_not_lower_the_final_figure() {
        world.book.book(world.schoolAgent, new BookCanteenDay.Command(world.lea.id(), MONDAY));
        world.reportAbsence.report(world.claire, new ReportCanteenAbsence.Command(world.lea.id(), MONDAY, MONDAY,
                fr.espacefamille.domain.canteen.AbsenceReason.OTHER, null));

        assertThat(world.headcounts.read(world.schoolAgent, MONDAY, MONDAY)).extracting(Headcount::meals).containsExactly(0, 1);
    }
}
