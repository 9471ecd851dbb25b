package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.canteen.CanteenAttendance;
import fr.espacefamille.application.inmemory.InMemoryCanteenAttendance;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AttendanceMark;

/** What every {@link CanteenAttendance} store does. */
abstract class CanteenAttendanceContract extends StoreContract {

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private CanteenAttendance attendance;
    private CanteenFixture town;

    CanteenAttendanceContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void storeATown() {
        attendance = backend.store(InMemoryCanteenAttendance::new, JdbiCanteenAttendance::new);
        town = new CanteenFixture(backend);
    }

    @Test
    void a_new_mark_replaces_the_old_one_and_answers_it() {
        assertThat(attendance.record(new AttendanceMark(town.lea.id(), MONDAY, town.pasteur.id(), true))).isEmpty();
        assertThat(attendance.record(new AttendanceMark(town.lea.id(), MONDAY, town.pasteur.id(), false))).contains(true);
        attendance.record(new AttendanceMark(town.zoe.id(), MONDAY, town.pasteur.id(), true));
        attendance.record(new AttendanceMark(town.malo.id(), MONDAY, town.prevert.id(), true));
        attendance.record(new AttendanceMark(town.lea.id(), MONDAY.plusDays(1), town.pasteur.id(), true));

        assertThat(attendance.ofSchool(town.pasteur.id(), MONDAY)).containsOnly(entry(town.lea.id(), false), entry(town.zoe.id(), true));
        assertThat(attendance.ofChildren(List.of(town.lea.id(), town.malo.id()), new DateRange(MONDAY, MONDAY.plusDays(1))))
                .containsOnlyKeys(town.lea.id(), town.malo.id())
                .hasEntrySatisfying(town.lea.id(), days -> assertThat(days).containsExactly(entry(MONDAY, false),
                        entry(MONDAY.plusDays(1), true)));
        assertThat(attendance.ofChildren(List.of(), new DateRange(MONDAY, MONDAY))).isEmpty();
    }
}
