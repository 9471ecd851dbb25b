package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.application.nursery.RecordNurseryAttendance.Entry;
import fr.espacefamille.domain.nursery.NurseryAttendance;
import fr.espacefamille.domain.nursery.HalfDay;

class RecordNurseryAttendanceTest {

    private final NurseryWorld world = new NurseryWorld();
    private final Household martin = world.family("Martin");

    private List<NurseryAttendance> record(LocalDate date, Entry... entries) {
        return world.attendance.record(world.agent, date, List.of(entries));
    }

    private static Entry entry(Household h, String arrival, String departure) {
        return new Entry(h.childId(), arrival == null ? null : LocalTime.parse(arrival), departure == null ? null : LocalTime.parse(departure));
    }

    @Test
    void records_arrival_and_departure_for_today_or_a_past_day() {
        world.fullTimeContract(martin);
        world.at("2026-09-03T18:00:00+02:00");
        assertThat(record(LocalDate.of(2026, 9, 3), entry(martin, "08:10", "16:40"))).singleElement()
                .satisfies(a -> assertThat(a.departure()).isEqualTo(LocalTime.of(16, 40)));
        assertThat(record(LocalDate.of(2026, 9, 2), entry(martin, "08:30", null))).hasSize(1);
        assertThat(world.stores.attendances().ofChildBetween(martin.childId(), TODAY, LocalDate.of(2026, 9, 30))).hasSize(2);
    }

    @Test
    void refuses_future_days_closed_days_and_children_not_enrolled() {
        world.fullTimeContract(martin);
        assertThatThrownBy(() -> record(TODAY.plusDays(1), entry(martin, "08:10", null))).hasMessageStartingWith("DATE_IN_THE_FUTURE");
        world.at("2026-09-07T08:00:00+02:00");
        assertThatThrownBy(() -> record(LocalDate.of(2026, 9, 6), entry(martin, "08:10", null))).hasMessageStartingWith("NURSERY_CLOSED");
        Household nguyen = world.family("Nguyen");
        assertThatThrownBy(() -> record(TODAY, entry(martin, "08:10", null), entry(nguyen, "09:00", null)))
                .hasMessageStartingWith("NOT_ENROLLED");
        assertThat(world.stores.attendances().on(TODAY)).as("the whole list or nothing").isEmpty();
    }

    @Test
    void checks_the_times_and_the_list() {
        world.fullTimeContract(martin);
        assertThatThrownBy(() -> record(TODAY, entry(martin, "10:00", "09:00"))).hasMessageContaining("[0].departure");
        assertThatThrownBy(() -> record(TODAY, entry(martin, null, "09:00"))).hasMessageContaining("[0].arrival");
        assertThatThrownBy(() -> record(TODAY, entry(martin, "08:00", null), entry(martin, "09:00", null))).hasMessageContaining("[1].childId");
        assertThatThrownBy(() -> world.attendance.record(world.schoolAgent, TODAY, List.of())).hasMessageStartingWith("FORBIDDEN");
    }

    @Test
    void a_tap_at_the_door_records_the_current_time_and_an_empty_entry_removes_the_record() {
        Household nguyen = world.occasionalFamily("Nguyen");
        world.at("2026-09-01T08:07:42+02:00");
        NurseryAttendance arrived = world.attendance.arrivedNow(world.agent, nguyen.childId());
        world.at("2026-09-01T11:58:10+02:00");
        NurseryAttendance left = world.attendance.leftNow(world.agent, nguyen.childId());
        assertThat(arrived.arrival()).isEqualTo(LocalTime.of(8, 7));
        assertThat(left.departure()).isEqualTo(LocalTime.of(11, 58));
        assertThat(left.arrival()).isEqualTo(LocalTime.of(8, 7));

        record(TODAY, entry(nguyen, null, null));
        assertThat(world.stores.attendances().on(TODAY)).isEmpty();
        assertThatThrownBy(() -> world.attendance.leftNow(world.agent, nguyen.childId())).hasMessageStartingWith("NOT_ARRIVED");
        assertThat(world.audit()).extracting(e -> e.action())
                .contains("NURSERY_ATTENDANCE_RECORDED", "NURSERY_ATTENDANCE_REMOVED");
    }

    @Test
    void the_day_sheet_lists_the_children_expected_and_recorded() {
        world.fullTimeContract(martin);
        Household nguyen = world.occasionalFamily("Nguyen");
        world.book(nguyen, LocalDate.of(2026, 9, 2), HalfDay.AFTERNOON);
        world.at("2026-09-02T08:00:00+02:00");
        world.attendance.arrivedNow(world.agent, martin.childId());

        List<NurseryDaySheet.Row> rows = world.daySheet.of(world.agent, LocalDate.of(2026, 9, 2));
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.child().lastName().equals("Martin")).singleElement().satisfies(r -> {
            assertThat(r.contractHours()).isPresent();
            assertThat(r.attendance()).isPresent();
        });
        assertThat(rows).filteredOn(r -> r.child().lastName().equals("Nguyen")).singleElement()
                .satisfies(r -> assertThat(r.booked()).containsExactly(HalfDay.AFTERNOON));
    }
}
