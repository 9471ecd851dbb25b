package fr.espacefamille.application.nursery;

import static fr.espacefamille.application.nursery.NurseryWorld.hours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.nursery.NurseryWorld.Household;
import fr.espacefamille.application.nursery.RecordNurseryAttendance.Entry;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.nursery.DeductionReason;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.nursery.NurseryBillableDay;
import fr.espacefamille.domain.nursery.HalfDay;

/** A month of September 2026 as billing reads it. */
class NurseryBillableHoursTest {

    private final NurseryWorld world = new NurseryWorld();
    private final YearMonth september = YearMonth.of(2026, 9);

    @Test
    void a_regular_month_bills_each_opening_day_s_contract_hours_minus_deductions_plus_extra_time() {
        Household martin = world.family("Martin");
        world.places(20, LocalDate.of(2026, 9, 25));
        // Mondays and Fridays 8:30–12:00 (7 half-hours)
        world.registerContract.register(world.agent, new RegisterRegularContract.Command(martin.childId(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 31), Map.of(DayOfWeek.MONDAY, hours("08:30", "12:00"), DayOfWeek.FRIDAY, hours("08:30", "12:00")),
                List.of()));
        Document certificate = new Document(DocumentId.random(), martin.family().id(), DocumentKind.MEDICAL_CERTIFICATE,
                "certificat.pdf", "application/pdf", 10, Instant.parse("2026-09-01T06:00:00Z"), "x");
        world.documents.add(certificate);
        // ill from Friday 11 to Monday 21 with a certificate: Fri 11 (day 1) and Mon 14 (day 4)…
        world.reportAbsence.report(martin.parent(), new ReportNurseryAbsence.Command(martin.childId(), LocalDate.of(2026, 9, 11),
                LocalDate.of(2026, 9, 21), NurseryAbsenceReason.ILLNESS, certificate.id()));
        world.at("2026-09-07T19:00:00+02:00");
        world.attendance.record(world.agent, LocalDate.of(2026, 9, 7),
                List.of(new Entry(martin.childId(), LocalTime.of(8, 25), LocalTime.of(12, 20))));

        List<NurseryBillableDay> days = world.billableHours.forChild(martin.childId(), september);

        // Fridays 4, 11, 18, 25 (closure) and Mondays 7, 14, 21, 28
        assertThat(days).extracting(d -> d.date().getDayOfMonth() + ":" + d.contractHalfHours() + "+" + d.extraHalfHours()
                + "-" + d.deductedHalfHours() + (d.deductionReason() == null ? "" : d.deductionReason().name()))
                .containsExactly("4:7+0-0", "7:7+1-0", "11:7+0-0", "14:0+0-7ILLNESS", "18:0+0-7ILLNESS", "21:0+0-7ILLNESS",
                        "25:0+0-7NURSERY_CLOSURE", "28:7+0-0");
        assertThat(days.stream().mapToInt(NurseryBillableDay::billedHalfHours).sum()).isEqualTo(29);
        assertThat(world.billableHours.forFamily(martin.family().id(), september)).containsOnlyKeys(martin.childId());
    }

    @Test
    void occasional_care_bills_confirmed_slots_and_late_cancellations_only() {
        Household nguyen = world.occasionalFamily("Nguyen");
        BookingView thursday = world.book(nguyen, LocalDate.of(2026, 9, 10), HalfDay.MORNING);
        BookingView friday = world.book(nguyen, LocalDate.of(2026, 9, 11), HalfDay.AFTERNOON);
        BookingView monday = world.book(nguyen, LocalDate.of(2026, 9, 14), HalfDay.MORNING);
        world.cancel.cancel(nguyen.parent(), nguyen.childId(), monday.booking().id());
        world.at("2026-09-10T12:00:00+02:00");
        world.cancel.cancel(nguyen.parent(), nguyen.childId(), friday.booking().id());
        world.attendance.record(world.agent, LocalDate.of(2026, 9, 10),
                List.of(new Entry(nguyen.childId(), LocalTime.of(7, 30), LocalTime.of(12, 50))));

        List<NurseryBillableDay> days = world.billableHours.forChild(nguyen.childId(), september);

        assertThat(thursday.booking().slot().date()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(days).extracting(d -> d.date().getDayOfMonth() + ":" + d.occasionalHalfHours() + "/" + d.lateCancellationHalfHours())
                .containsExactly("10:11/0", "11:0/12");
        assertThat(days).allSatisfy(d -> assertThat(d.deductionReason()).isNotEqualTo(DeductionReason.CONGES));
    }

    @Test
    void a_family_without_nursery_care_has_nothing_to_bill() {
        Household durand = world.family("Durand");
        assertThat(world.billableHours.forFamily(durand.family().id(), september)).isEmpty();
    }
}
