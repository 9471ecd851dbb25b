package fr.espacefamille.adapter.jdbc.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryNurseryAbsences;
import fr.espacefamille.application.inmemory.InMemoryNurseryAttendances;
import fr.espacefamille.application.inmemory.InMemoryNurserySettings;
import fr.espacefamille.application.inmemory.InMemoryNurserySlots;
import fr.espacefamille.application.inmemory.InMemoryOccasionalBookings;
import fr.espacefamille.application.inmemory.InMemoryRegularContracts;
import fr.espacefamille.application.nursery.NurseryAbsences;
import fr.espacefamille.application.nursery.NurseryAttendances;
import fr.espacefamille.application.nursery.NurserySettingsStore;
import fr.espacefamille.application.nursery.NurserySlots;
import fr.espacefamille.application.nursery.OccasionalBookings;
import fr.espacefamille.application.nursery.RegularContracts;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsenceId;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.nursery.NurseryAttendance;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.WeeklySchedule;

/** What every store of the nursery does, on each backend. */
class NurseryStoresTest extends StoreContract {

    private static final Instant REQUESTED = Fixtures.NOW;
    private static final Slot THURSDAY_MORNING = new Slot(LocalDate.of(2026, 9, 10), HalfDay.MORNING);
    private static final Slot THURSDAY_AFTERNOON = new Slot(LocalDate.of(2026, 9, 10), HalfDay.AFTERNOON);

    private NurserySettingsStore settings;
    private NurserySlots slots;
    private OccasionalBookings bookings;
    private RegularContracts contracts;
    private NurseryAbsences absences;
    private NurseryAttendances attendances;
    private Enrolments enrolments;
    private Child lea;
    private Child tom;

    @BeforeEach
    void storeAFamily() {
        settings = backend.store(InMemoryNurserySettings::new, JdbiNurserySettings::new);
        slots = backend.store(InMemoryNurserySlots::new, JdbiNurserySlots::new);
        bookings = backend.store(InMemoryOccasionalBookings::new, JdbiOccasionalBookings::new);
        contracts = backend.store(InMemoryRegularContracts::new, JdbiRegularContracts::new);
        absences = backend.store(InMemoryNurseryAbsences::new, JdbiNurseryAbsences::new);
        attendances = backend.store(InMemoryNurseryAttendances::new, JdbiNurseryAttendances::new);
        enrolments = backend.store(InMemoryEnrolments::new, JdbiEnrolments::new);
        lea = Fixtures.child("Léa", "Martin");
        tom = Fixtures.child("Tom", "Martin");
        backend.families().add(Fixtures.family("Martin", List.of(Fixtures.guardian("Claire", "Martin", null)), List.of(lea, tom)));
    }

    private OccasionalBooking booking(Child child, Slot slot, long queue, boolean confirmed) {
        return OccasionalBooking.request(BookingId.random(), child.id(), slot, queue, REQUESTED, confirmed);
    }

    private void addBooking(OccasionalBooking booking) {
        backend.transactions().run(() -> {
            slots.lock(booking.slot());
            bookings.add(booking);
        });
    }

    @Test
    void settings_start_with_20_places_and_keep_what_is_saved() {
        assertThat(settings.current()).isEqualTo(NurserySettings.of(20, List.of()));
        NurserySettings next = NurserySettings.of(12, List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 11, 2)));
        backend.transactions().run(() -> {
            settings.lock();
            settings.save(next);
        });
        assertThat(settings.current()).isEqualTo(next);
        settings.save(NurserySettings.of(15, List.of()));
        assertThat(settings.current()).isEqualTo(NurserySettings.of(15, List.of()));
    }

    @Test
    void slots_number_their_requests_from_one_each() {
        long[] numbers = backend.transactions().inTransaction(() -> {
            slots.lock(THURSDAY_MORNING);
            slots.lock(THURSDAY_AFTERNOON);
            return new long[] {slots.takeQueueNumbers(THURSDAY_MORNING, 1), slots.takeQueueNumbers(THURSDAY_MORNING, 3),
                    slots.takeQueueNumbers(THURSDAY_AFTERNOON, 2)};
        });
        assertThat(numbers).containsExactly(1, 2, 1);
        backend.transactions().run(() -> slots.lock(THURSDAY_MORNING));
        assertThat(backend.transactions().inTransaction(() -> slots.takeQueueNumbers(THURSDAY_MORNING, 1))).isEqualTo(5);
    }

    @Test
    void bookings_read_back_in_slot_then_queue_order_and_keep_their_status() {
        OccasionalBooking afternoon = booking(lea, THURSDAY_AFTERNOON, 1, true);
        OccasionalBooking second = booking(tom, THURSDAY_MORNING, 2, false);
        OccasionalBooking first = booking(lea, THURSDAY_MORNING, 1, true);
        OccasionalBooking nextWeek = booking(lea, new Slot(LocalDate.of(2026, 9, 17), HalfDay.MORNING), 1, true);
        List.of(afternoon, second, first, nextWeek).forEach(this::addBooking);

        assertThat(bookings.inSlot(THURSDAY_MORNING)).containsExactly(first, second);
        assertThat(bookings.ofChild(lea.id())).containsExactly(first, afternoon, nextWeek);
        assertThat(bookings.ofChildBetween(lea.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 16))).containsExactly(first, afternoon);
        assertThat(bookings.between(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 10))).containsExactly(first, second, afternoon);
        assertThat(bookings.byId(second.id())).contains(second);
        assertThat(bookings.byId(BookingId.random())).isEmpty();

        OccasionalBooking cancelled = first.cancel(Instant.parse("2026-09-09T06:00:00.123456Z"), java.time.ZoneId.of("Europe/Paris"));
        bookings.update(cancelled);
        OccasionalBooking confirmedLate = second.confirm(Instant.parse("2026-09-09T06:00:00Z"), java.time.ZoneId.of("Europe/Paris"));
        bookings.update(confirmedLate);
        assertThat(bookings.byId(first.id())).contains(cancelled);
        assertThat(cancelled.billed()).isTrue();
        assertThat(bookings.byId(second.id())).contains(confirmedLate);
        assertThat(confirmedLate.lateConfirmation()).as("confirmed less than 48 h before").isTrue();
    }

    @Test
    void bookings_added_together_read_back_like_bookings_added_one_by_one() {
        OccasionalBooking first = booking(lea, THURSDAY_MORNING, 1, true);
        OccasionalBooking second = booking(tom, THURSDAY_MORNING, 2, false);
        backend.transactions().run(() -> {
            slots.lock(THURSDAY_MORNING);
            bookings.addAll(List.of(first, second));
            bookings.addAll(List.of());
        });

        assertThat(bookings.inSlot(THURSDAY_MORNING)).containsExactly(first, second);
        assertThatThrownBy(() -> backend.transactions().run(() -> bookings.addAll(List.of(
                booking(tom, THURSDAY_AFTERNOON, 1, true), booking(lea, THURSDAY_MORNING, 3, true)))))
                .as("a clash refuses the whole batch").isInstanceOf(RuntimeException.class);
        assertThat(bookings.inSlot(THURSDAY_AFTERNOON)).isEmpty();
    }

    @Test
    void a_child_holds_one_live_request_per_slot_and_a_queue_number_is_used_once() {
        addBooking(booking(lea, THURSDAY_MORNING, 1, true));
        assertThatThrownBy(() -> addBooking(booking(lea, THURSDAY_MORNING, 2, false))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> addBooking(booking(tom, THURSDAY_MORNING, 1, false))).isInstanceOf(RuntimeException.class);
        OccasionalBooking cancelled = booking(lea, THURSDAY_AFTERNOON, 1, true).cancelForClosure(REQUESTED);
        addBooking(cancelled);
        addBooking(booking(lea, THURSDAY_AFTERNOON, 2, true));
        assertThat(bookings.inSlot(THURSDAY_AFTERNOON)).hasSize(2);
    }

    private RegularContract contract(Child child, LocalDate from, LocalDate to) {
        return RegularContract.create(EnrolmentId.random(), child.id(), from, to,
                new WeeklySchedule(Map.of(DayOfWeek.MONDAY, new DailyHours(LocalTime.of(8, 30), LocalTime.of(17, 0)),
                        DayOfWeek.THURSDAY, new DailyHours(LocalTime.of(7, 45), LocalTime.of(12, 15)))),
                List.of(CongesWeek.parse("2026-W43"), CongesWeek.parse("2027-W02")), LocalDate.of(2026, 8, 20));
    }

    private void addContract(RegularContract contract) {
        backend.transactions().run(() -> {
            enrolments.add(contract.enrolment());
            contracts.add(contract);
        });
    }

    @Test
    void contracts_read_back_whole_and_are_found_by_child_and_period() {
        RegularContract leas = contract(lea, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        RegularContract toms = contract(tom, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 6, 30));
        addContract(toms);
        addContract(leas);

        assertThat(contracts.byId(leas.id())).contains(leas);
        assertThat(contracts.byId(EnrolmentId.random())).isEmpty();
        assertThat(contracts.ofChild(tom.id())).containsExactly(toms);
        assertThat(contracts.overlapping(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 30))).containsExactly(leas);
        assertThat(contracts.overlapping(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1))).containsExactly(leas, toms);
        assertThat(contracts.runningFrom(LocalDate.of(2027, 7, 1))).containsExactly(leas);
    }

    @Test
    void an_ended_contract_keeps_its_new_period_and_congés() {
        RegularContract leas = contract(lea, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        addContract(leas);
        RegularContract ended = leas.endingOn(LocalDate.of(2026, 12, 18));
        backend.transactions().run(() -> {
            enrolments.update(ended.enrolment());
            contracts.update(ended);
        });
        assertThat(contracts.byId(leas.id())).contains(ended);
        assertThat(ended.congesWeeks()).hasSize(1);
    }

    private NurseryAbsence absence(Child child, String from, String to, List<LocalDate> days, DocumentId certificate) {
        return new NurseryAbsence(NurseryAbsenceId.random(), child.id(), LocalDate.parse(from), LocalDate.parse(to),
                NurseryAbsenceReason.ILLNESS, certificate, LocalDate.of(2026, 9, 7), days);
    }

    @Test
    void absences_are_found_by_any_of_their_days_and_a_day_is_reported_once() {
        NurseryAbsence flu = absence(lea, "2026-09-07", "2026-09-13", List.of(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 10)),
                DocumentId.random());
        NurseryAbsence later = absence(lea, "2026-09-14", "2026-09-14", List.of(LocalDate.of(2026, 9, 14)), null);
        absences.add(later);
        absences.add(flu);

        assertThat(absences.ofChildBetween(lea.id(), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 10))).containsExactly(flu);
        assertThat(absences.ofChildBetween(lea.id(), LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9))).isEmpty();
        assertThat(absences.ofChildBetween(lea.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))).containsExactly(flu, later);
        assertThat(absences.ofChildBetween(tom.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))).isEmpty();
        assertThatThrownBy(() -> absences.add(absence(lea, "2026-09-10", "2026-09-11", List.of(LocalDate.of(2026, 9, 10)), null)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void attendance_is_one_record_per_child_and_day() {
        LocalDate day = LocalDate.of(2026, 9, 10);
        NurseryAttendance arrived = new NurseryAttendance(lea.id(), day, LocalTime.of(8, 10), null);
        NurseryAttendance left = new NurseryAttendance(lea.id(), day, LocalTime.of(8, 10), LocalTime.of(16, 40));
        NurseryAttendance toms = new NurseryAttendance(tom.id(), day, LocalTime.of(9, 0), LocalTime.of(11, 0));
        NurseryAttendance nextDay = new NurseryAttendance(lea.id(), day.plusDays(1), LocalTime.of(8, 0), LocalTime.of(12, 0));
        attendances.save(arrived);
        assertThat(attendances.of(lea.id(), day)).contains(arrived);
        attendances.save(left);
        attendances.save(toms);
        attendances.save(nextDay);

        assertThat(attendances.of(lea.id(), day)).contains(left);
        assertThat(attendances.on(day)).containsExactlyInAnyOrder(left, toms);
        assertThat(attendances.ofChildBetween(lea.id(), day, day.plusDays(5))).containsExactly(left, nextDay);
        attendances.remove(lea.id(), day);
        assertThat(attendances.of(lea.id(), day)).isEmpty();
        assertThat(attendances.on(day)).containsExactly(toms);
    }
}
