package fr.espacefamille.application.nursery;

import java.util.Objects;

import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;

/** The stores the nursery's use cases share, passed as one. */
public record NurseryStores(NurserySettingsStore settings, NurserySlots slots, OccasionalBookings bookings,
        RegularContracts contracts, NurseryAbsences absences, NurseryAttendances attendances, Families families,
        Enrolments enrolments) {

    public NurseryStores {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(bookings, "bookings");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(absences, "absences");
        Objects.requireNonNull(attendances, "attendances");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(enrolments, "enrolments");
    }

    SlotLedger ledger() {
        return new SlotLedger(contracts, bookings);
    }

    NurseryAccess access() {
        return new NurseryAccess(families);
    }
}
