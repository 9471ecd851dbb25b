package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.nursery.SlotOccupancy;
import fr.espacefamille.domain.nursery.WaitingList;

/** Counts who holds the places of slots: regular contracts present and confirmed occasional bookings. */
final class SlotLedger {

    private final RegularContracts contracts;
    private final OccasionalBookings bookings;

    SlotLedger(RegularContracts contracts, OccasionalBookings bookings) {
        this.contracts = contracts;
        this.bookings = bookings;
    }

    /** The regular contracts present in one slot. */
    List<RegularContract> present(Slot slot) {
        return contracts.overlapping(slot.date(), slot.date()).stream().filter(c -> c.occupies(slot)).toList();
    }

    /** One slot's waiting list, read afresh: call it while holding the slot's lock before deciding on a place. */
    WaitingList waitingList(Slot slot, NurserySettings settings) {
        return WaitingList.of(slot, settings, present(slot), bookings.inSlot(slot));
    }

    /** The slots of the opening days from {@code from} to {@code to}, in order, from two reads. */
    List<SlotOccupancy> between(LocalDate from, LocalDate to, NurserySettings settings) {
        List<RegularContract> overlapping = contracts.overlapping(from, to);
        Map<Slot, Long> confirmedBySlot = bookings.between(from, to).stream().filter(OccasionalBooking::isConfirmed)
                .collect(Collectors.groupingBy(OccasionalBooking::slot, Collectors.counting()));
        List<SlotOccupancy> slots = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!settings.isOpen(date)) {
                continue;
            }
            for (HalfDay period : HalfDay.values()) {
                Slot slot = new Slot(date, period);
                int present = (int) overlapping.stream().filter(c -> c.occupies(slot)).count();
                int confirmed = confirmedBySlot.getOrDefault(slot, 0L).intValue();
                slots.add(new SlotOccupancy(slot, settings.placesPerSlot(), present, confirmed));
            }
        }
        return slots;
    }
}
