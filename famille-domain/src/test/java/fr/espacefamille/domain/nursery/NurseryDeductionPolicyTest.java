package fr.espacefamille.domain.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;

class NurseryDeductionPolicyTest {

    private static final DocumentId CERTIFICATE = DocumentId.random();

    static NurseryAbsence absence(NurseryAbsenceReason reason, String from, String to, DocumentId certificate, String reportedOn) {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        List<LocalDate> days = Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(1)).toList();
        return new NurseryAbsence(NurseryAbsenceId.random(), ChildId.random(), first, last, reason, certificate,
                LocalDate.parse(reportedOn), days);
    }

    private static Optional<DeductionReason> deduction(NurseryAbsence absence, String day) {
        return NurseryDeductionPolicy.deduction(absence, LocalDate.parse(day));
    }

    @Test
    void illness_with_a_certificate_is_billed_for_3_calendar_days_then_deducted_from_day_4() {
        NurseryAbsence flu = absence(NurseryAbsenceReason.ILLNESS, "2026-09-07", "2026-09-11", CERTIFICATE, "2026-09-07");
        assertThat(deduction(flu, "2026-09-07")).as("day 1").isEmpty();
        assertThat(deduction(flu, "2026-09-08")).as("day 2").isEmpty();
        assertThat(deduction(flu, "2026-09-09")).as("day 3").isEmpty();
        assertThat(deduction(flu, "2026-09-10")).as("day 4").contains(DeductionReason.ILLNESS);
        assertThat(deduction(flu, "2026-09-11")).as("day 5").contains(DeductionReason.ILLNESS);
    }

    @Test
    void the_carence_counts_calendar_days_weekend_included() {
        NurseryAbsence fromFriday = absence(NurseryAbsenceReason.ILLNESS, "2026-09-11", "2026-09-16", CERTIFICATE, "2026-09-11");
        assertThat(deduction(fromFriday, "2026-09-11")).as("Friday, day 1").isEmpty();
        assertThat(deduction(fromFriday, "2026-09-14")).as("Monday, day 4").contains(DeductionReason.ILLNESS);
    }

    @Test
    void illness_without_a_certificate_is_billed_every_day() {
        NurseryAbsence flu = absence(NurseryAbsenceReason.ILLNESS, "2026-09-07", "2026-09-11", null, "2026-09-07");
        assertThat(deduction(flu, "2026-09-10")).isEmpty();
        assertThat(deduction(flu, "2026-09-11")).isEmpty();
    }

    @Test
    void hospitalisation_is_deducted_from_the_first_day() {
        NurseryAbsence hospital = absence(NurseryAbsenceReason.HOSPITALISATION, "2026-09-07", "2026-09-08", null, "2026-09-07");
        assertThat(deduction(hospital, "2026-09-07")).contains(DeductionReason.HOSPITALISATION);
        assertThat(deduction(hospital, "2026-09-08")).contains(DeductionReason.HOSPITALISATION);
    }

    @Test
    void congés_declared_15_days_ahead_are_deducted_14_days_ahead_billed() {
        NurseryAbsence fifteen = absence(NurseryAbsenceReason.CONGES, "2026-09-22", "2026-09-25", null, "2026-09-07");
        NurseryAbsence fourteen = absence(NurseryAbsenceReason.CONGES, "2026-09-21", "2026-09-25", null, "2026-09-07");
        assertThat(deduction(fifteen, "2026-09-22")).contains(DeductionReason.CONGES);
        assertThat(deduction(fifteen, "2026-09-25")).contains(DeductionReason.CONGES);
        assertThat(deduction(fourteen, "2026-09-21")).isEmpty();
        assertThat(deduction(fourteen, "2026-09-25")).as("the notice counts from the first day").isEmpty();
    }

    @Test
    void family_events_and_other_reasons_are_billed() {
        assertThat(deduction(absence(NurseryAbsenceReason.FAMILY_EVENT, "2026-09-07", "2026-09-07", null, "2026-08-01"), "2026-09-07")).isEmpty();
        assertThat(deduction(absence(NurseryAbsenceReason.OTHER, "2026-09-07", "2026-09-07", CERTIFICATE, "2026-08-01"), "2026-09-07")).isEmpty();
    }

    @Test
    void a_day_outside_the_report_is_not_deducted_by_it() {
        NurseryAbsence hospital = absence(NurseryAbsenceReason.HOSPITALISATION, "2026-09-07", "2026-09-08", null, "2026-09-07");
        assertThat(deduction(hospital, "2026-09-09")).isEmpty();
    }

    @Test
    void planned_congés_weeks_of_a_contract_follow_the_15_day_notice_from_its_signature() {
        RegularContract signedOn7th = contractSignedOn("2026-09-07", "2026-W39");
        RegularContract signedOn6th = contractSignedOn("2026-09-06", "2026-W39");
        // week 39 of 2026 starts on Monday 21 September: 14 days after the 7th, 15 after the 6th
        assertThat(NurseryDeductionPolicy.plannedConges(signedOn7th, LocalDate.of(2026, 9, 21))).isEmpty();
        assertThat(NurseryDeductionPolicy.plannedConges(signedOn6th, LocalDate.of(2026, 9, 21))).contains(DeductionReason.CONGES);
        assertThat(NurseryDeductionPolicy.plannedConges(signedOn6th, LocalDate.of(2026, 9, 28))).as("not a congés week").isEmpty();
    }

    private static RegularContract contractSignedOn(String day, String week) {
        return RegularContract.create(EnrolmentId.random(), ChildId.random(), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31),
                new WeeklySchedule(Map.of(DayOfWeek.MONDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 0)))),
                List.of(CongesWeek.parse(week)), LocalDate.parse(day));
    }
}
