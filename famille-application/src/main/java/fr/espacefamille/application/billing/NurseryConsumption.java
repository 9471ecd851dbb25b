package fr.espacefamille.application.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.family.ChildId;

/**
 * Read port: each child's month at the nursery, as billing needs it. The nursery feature
 * implements it from its contracts, occasional bookings, attendance and absences.
 */
public interface NurseryConsumption {

    /** For these children and the month, at most one {@link NurseryMonth} per child; children who did not come are left out. */
    List<NurseryMonth> of(Collection<ChildId> children, YearMonth month);
}
