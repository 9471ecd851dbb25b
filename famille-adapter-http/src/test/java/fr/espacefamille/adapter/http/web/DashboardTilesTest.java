package fr.espacefamille.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.canteen.ReadCanteenDays.Day;
import fr.espacefamille.application.nursery.BookingView;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.shared.Money;

class DashboardTilesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 9, 9);

    @Test
    void the_week_is_the_current_one_on_weekdays_and_the_next_one_from_saturday() {
        assertThat(DashboardTiles.weekStart(WEDNESDAY)).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(DashboardTiles.weekStart(LocalDate.of(2026, 9, 11))).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(DashboardTiles.weekStart(LocalDate.of(2026, 9, 12))).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(DashboardTiles.weekStart(LocalDate.of(2026, 9, 13))).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void counts_only_the_booked_days_of_the_week_not_the_absences() {
        List<Day> days = List.of(day(7, CanteenDayStatus.BOOKED), day(8, CanteenDayStatus.ABSENT), day(10, CanteenDayStatus.BOOKED),
                day(11, CanteenDayStatus.NOT_BOOKED), day(14, CanteenDayStatus.BOOKED));
        assertThat(DashboardTiles.canteenWeek(days, WEDNESDAY)).isEqualTo("2 jours réservés cette semaine");
        assertThat(DashboardTiles.canteenWeek(List.of(day(10, CanteenDayStatus.BOOKED)), WEDNESDAY)).isEqualTo("1 jour réservé cette semaine");
        assertThat(DashboardTiles.canteenWeek(days, LocalDate.of(2026, 9, 12))).isEqualTo("1 jour réservé la semaine prochaine");
        assertThat(DashboardTiles.canteenWeek(List.of(), WEDNESDAY)).isEqualTo("Aucun repas réservé cette semaine");
    }

    @Test
    void the_next_nursery_slot_is_the_earliest_active_one_from_today_with_its_waiting_rank() {
        BookingView past = new BookingView(booking(8, HalfDay.MORNING, true), null);
        BookingView cancelled = new BookingView(booking(9, HalfDay.AFTERNOON, true).cancel(Instant.parse("2026-09-01T08:00:00Z"),
                ZoneId.of("Europe/Paris")), null);
        BookingView waiting = new BookingView(booking(10, HalfDay.AFTERNOON, false), 2);
        BookingView later = new BookingView(booking(15, HalfDay.MORNING, true), null);
        assertThat(DashboardTiles.nextNurserySlot(List.of(later, past, cancelled, waiting), WEDNESDAY))
                .isEqualTo("Prochain créneau : jeudi 10 septembre après-midi (liste d'attente, rang\u00a02)");
        assertThat(DashboardTiles.nextNurserySlot(List.of(later, past), WEDNESDAY)).isEqualTo("Prochain créneau : mardi 15 septembre matin");
        assertThat(DashboardTiles.nextNurserySlot(List.of(past), WEDNESDAY)).isEqualTo("Aucun créneau réservé");
    }

    @Test
    void the_amount_due_adds_every_unpaid_balance_and_names_the_earliest_due_date() {
        InvoiceSummary september = invoice(1550, 0, LocalDate.of(2026, 10, 15));
        InvoiceSummary partly = invoice(3000, 1000, LocalDate.of(2026, 11, 15));
        InvoiceSummary paid = invoice(2000, 2000, LocalDate.of(2026, 9, 15));
        assertThat(DashboardTiles.amountDue(List.of(september, paid), WEDNESDAY)).isEqualTo(euros(1550) + " à payer avant le 15 octobre");
        assertThat(DashboardTiles.amountDue(List.of(partly, september), WEDNESDAY)).isEqualTo(euros(3550) + " à payer avant le 15 octobre");
        assertThat(DashboardTiles.amountDue(List.of(september), LocalDate.of(2026, 10, 20)))
                .isEqualTo(euros(1550) + " à payer, échéance dépassée depuis le 15 octobre");
        assertThat(DashboardTiles.amountDue(List.of(paid), WEDNESDAY)).isEqualTo("Rien à payer");
        assertThat(DashboardTiles.amountDue(List.of(), WEDNESDAY)).isEqualTo("Rien à payer");
    }

    private static String euros(long cents) {
        return Money.ofCents(cents).toFrench();
    }

    private static Day day(int september, CanteenDayStatus status) {
        return new Day(LocalDate.of(2026, 9, september), status, null, true, true);
    }

    private static OccasionalBooking booking(int september, HalfDay period, boolean placeLeft) {
        return OccasionalBooking.request(BookingId.random(), ChildId.random(),
                new Slot(LocalDate.of(2026, 9, september), period), 1, Instant.parse("2026-09-01T08:00:00Z"), placeLeft);
    }

    private static InvoiceSummary invoice(long totalCents, long paidCents, LocalDate dueOn) {
        return new InvoiceSummary(InvoiceId.random(), BillingRunId.random(), FamilyId.random(), "Martin", Regie.SCHOOL,
                YearMonth.of(2026, 9), new InvoiceNumber(Regie.SCHOOL, 2026, 1), dueOn.minusDays(30), dueOn,
                Money.ofCents(totalCents), Money.ofCents(paidCents), Money.ZERO, false, null);
    }

    @Test
    void a_child_under_contract_sees_the_contract_s_next_days_not_an_empty_slot_list() {
        var contract = fr.espacefamille.domain.nursery.RegularContract.create(fr.espacefamille.domain.family.EnrolmentId.random(),
                ChildId.random(), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31),
                new fr.espacefamille.domain.nursery.WeeklySchedule(java.util.Map.of(
                        java.time.DayOfWeek.MONDAY, new fr.espacefamille.domain.nursery.DailyHours(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(17, 0)),
                        java.time.DayOfWeek.THURSDAY, new fr.espacefamille.domain.nursery.DailyHours(java.time.LocalTime.of(7, 30), java.time.LocalTime.of(12, 0)))),
                List.of(), WEDNESDAY);
        assertThat(DashboardTiles.nextContractDays(List.of(contract), WEDNESDAY)).isEqualTo("Contrat, prochains jours\u00a0: "
                + "jeudi 10 septembre (7\u00a0h\u00a030 – 12\u00a0h), lundi 14 septembre (8\u00a0h\u00a030 – 17\u00a0h), "
                + "jeudi 17 septembre (7\u00a0h\u00a030 – 12\u00a0h)");
        assertThat(DashboardTiles.nextContractDays(List.of(), WEDNESDAY)).startsWith("Aucun jour d'accueil prévu");
    }
}
