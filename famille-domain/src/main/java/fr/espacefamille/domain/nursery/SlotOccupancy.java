package fr.espacefamille.domain.nursery;

import java.util.Objects;

/**
 * A slot's places and who holds them: places minus the regular contracts present in the slot
 * minus the confirmed occasional bookings is what occasional care may still get.
 */
public record SlotOccupancy(Slot slot, int places, int contracts, int confirmed) {

    public SlotOccupancy {
        Objects.requireNonNull(slot, "slot");
        if (places < 0 || contracts < 0 || confirmed < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public int available() {
        return Math.max(0, places - contracts - confirmed);
    }

    public boolean hasRoom() {
        return available() > 0;
    }
}
