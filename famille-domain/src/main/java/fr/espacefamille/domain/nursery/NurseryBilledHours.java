package fr.espacefamille.domain.nursery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The half-hours one child's day bills (SPEC §3). Regular care bills the contract's hours of
 * the weekday on each opening day (none when the day is deducted), plus the attended time
 * outside them; occasional care bills the greater of the booked slots and the attended time;
 * a late-cancelled slot bills as booked. Each kind is rounded up to the half-hour on its own.
 *
 * <p>When a regular child also holds occasional bookings that day, the time spent outside the
 * contract hours is that occasional care, not extra contract time. An attendance without a
 * departure counts no attended time: the day bills as planned until staff record the departure.
 * Nothing is billed for occasional care on a day the nursery is closed.
 */
public final class NurseryBilledHours {

    private NurseryBilledHours() {
    }

    /**
     * @param contract   the child's regular contract covering {@code date}, if any
     * @param absence    the absence report covering {@code date}, if any
     * @param attendance the arrival and departure recorded that day, if any
     * @param bookings   the child's occasional bookings of that day, whatever their status
     */
    public static NurseryBillableDay of(LocalDate date, NurserySettings settings, Optional<RegularContract> contract,
            Optional<NurseryAbsence> absence, Optional<NurseryAttendance> attendance, List<OccasionalBooking> bookings) {
        boolean open = settings.isOpen(date);
        Optional<DailyHours> scheduled = contract.flatMap(c -> c.scheduledOn(date));
        int contractHalfHours = 0;
        int deducted = 0;
        DeductionReason reason = null;
        if (scheduled.isPresent()) {
            int halfHours = HalfHours.of(scheduled.get().duration());
            Optional<DeductionReason> deduction = deduction(date, open, contract.get(), absence);
            if (deduction.isPresent()) {
                deducted = halfHours;
                reason = deduction.get();
            } else {
                contractHalfHours = halfHours;
            }
        }

        Duration attended = attendance.map(NurseryAttendance::attended).orElse(Duration.ZERO);
        long minutesOutsideContract = attendance.filter(a -> a.departure() != null)
                .map(a -> scheduled.map(h -> h.minutesOutside(a.arrival(), a.departure())).orElse(attended.toMinutes()))
                .orElse(0L);

        Duration booked = Duration.ZERO;
        Duration lateCancelled = Duration.ZERO;
        if (open) {
            for (OccasionalBooking booking : bookings) {
                if (booking.isConfirmed()) {
                    booked = booked.plus(booking.slot().period().duration());
                } else if (booking.billed()) {
                    lateCancelled = lateCancelled.plus(booking.slot().period().duration());
                }
            }
        }

        int extra = 0;
        int occasional = 0;
        if (!booked.isZero()) {
            occasional = Math.max(HalfHours.of(booked), HalfHours.of(minutesOutsideContract));
        } else if (contract.isPresent()) {
            extra = HalfHours.of(minutesOutsideContract);
        } else {
            occasional = HalfHours.of(attended);
        }
        return new NurseryBillableDay(date, contractHalfHours, extra, occasional, HalfHours.of(lateCancelled), deducted, reason);
    }

    private static Optional<DeductionReason> deduction(LocalDate date, boolean open, RegularContract contract,
            Optional<NurseryAbsence> absence) {
        if (!open) {
            return Optional.of(DeductionReason.NURSERY_CLOSURE);
        }
        if (contract.congesWeekOf(date).isPresent()) {
            return NurseryDeductionPolicy.plannedConges(contract, date);
        }
        return absence.flatMap(a -> NurseryDeductionPolicy.deduction(a, date));
    }
}
