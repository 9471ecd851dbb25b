package fr.espacefamille.application.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.CanteenRecords.DayRecord;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.Attendance;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.document.DocumentKind;

/**
 * SPEC's worked example, as billing reads it: 12 booked meals eaten, one meal eaten without a
 * booking, and 3 further booked days missed for an illness reported with a certificate.
 */
class CanteenRecordsTest {

    private final CanteenWorld world = new CanteenWorld();

    @Test
    void tells_billing_what_each_day_of_the_month_costs() {
        var booked = world.pattern.book(world.schoolAgent, new BookWeeklyPattern.Command(world.lea.id(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 28), EnumSet.allOf(DayOfWeek.class))).booked();
        assertThat(booked).as("service days of September up to the 28th").hasSize(15);
        var certificate = ReportCanteenAbsenceTest.document(world.martin.id(), DocumentKind.MEDICAL_CERTIFICATE);
        world.documents.add(certificate);
        world.at(LocalDate.of(2026, 9, 30), "12:00");
        world.reportAbsence.report(world.schoolAgent, new ReportCanteenAbsence.Command(world.lea.id(), LocalDate.of(2026, 9, 24),
                LocalDate.of(2026, 9, 28), AbsenceReason.ILLNESS, certificate.id()));
        LocalDate unbooked = LocalDate.of(2026, 9, 29);
        world.checkAttendance.check(world.schoolAgent, new CheckAttendance.Command(world.pasteur.id(), unbooked,
                List.of(new CheckAttendance.Mark(world.lea.id(), true))));

        List<DayRecord> days = world.records.ofChild(world.lea.id(), YearMonth.of(2026, 9));

        Map<MealCharge, Long> charges = days.stream().collect(Collectors.groupingBy(DayRecord::charge, Collectors.counting()));
        assertThat(charges).containsOnly(
                Map.entry(MealCharge.BOOKED_MEAL, 12L),
                Map.entry(MealCharge.UNBOOKED_MEAL, 1L),
                Map.entry(MealCharge.CARENCE_DAY, 1L),
                Map.entry(MealCharge.ABSENCE_NOT_BILLED, 2L));
        assertThat(days).extracting(DayRecord::date).isSorted();
        assertThat(days.get(days.size() - 1)).satisfies(d -> {
            assertThat(d.date()).isEqualTo(unbooked);
            assertThat(d.booked()).isFalse();
            assertThat(d.attendance()).isEqualTo(Attendance.PRESENT);
            assertThat(d.charge().surcharged()).isTrue();
        });
        assertThat(days).filteredOn(d -> d.date().equals(LocalDate.of(2026, 9, 24))).singleElement()
                .satisfies(d -> assertThat(d.reportedAbsence()).contains(fr.espacefamille.domain.canteen.AbsenceBilling.CARENCE_DAY));
        assertThat(world.records.ofChildren(List.of(world.lea.id(), world.malo.id()), YearMonth.of(2026, 9)))
                .as("children without any record are left out").containsOnlyKeys(world.lea.id());
    }
}
