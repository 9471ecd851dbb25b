package fr.espacefamille.application.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.family.ChildId;

/**
 * Read port: what happened at the canteen, as billing needs it. The canteen feature implements it
 * from its bookings, attendance checks and absences.
 */
public interface CanteenConsumption {

    /**
     * For these children and the month, one entry per child and service day on which something
     * happened (booked, eaten, absent); days with nothing to say are left out. Any order.
     */
    List<CanteenDay> of(Collection<ChildId> children, YearMonth month);
}
