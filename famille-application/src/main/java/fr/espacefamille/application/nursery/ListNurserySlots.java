package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.nursery.SlotOccupancy;

/**
 * The nursery's slots over a range of days with their places and what is still available; closed days have none.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}.
 */
public final class ListNurserySlots {

    public static final int MAX_DAYS = 93;

    private final NurseryStores stores;

    public ListNurserySlots(NurseryStores stores) {
        this.stores = stores;
    }

    public List<SlotOccupancy> between(Actor actor, LocalDate from, LocalDate to) {
        Objects.requireNonNull(actor, "actor");
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", "la fin de la période précède son début");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw Refusals.invalid("to", "la période ne peut dépasser " + MAX_DAYS + " jours");
        }
        return stores.ledger().between(from, to, stores.settings().current());
    }
}
