package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAttendance;
import fr.espacefamille.domain.nursery.NurseryBillableDay;
import fr.espacefamille.domain.nursery.NurseryBilledHours;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.RegularContract;

/**
 * What billing reads (régie EARLY_CHILDHOOD): per child and day of a month, the half-hours to
 * bill by kind and the contract half-hours deducted with their reason, as
 * {@link NurseryBilledHours} computes them. Days with nothing to bill or deduct are left out.
 * Billing runs as the system, so its methods ask for no actor.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class NurseryBillableHours {

    private final NurseryStores stores;

    public NurseryBillableHours(NurseryStores stores) {
        this.stores = stores;
    }

    /** The same, for staff checking a child's month: nursery or finance staff only. */
    public List<NurseryBillableDay> forChild(Actor actor, ChildId child, YearMonth month) {
        actor.require(Role.NURSERY_AGENT, Role.FINANCE_AGENT);
        stores.families().byChild(child).orElseThrow(Refusals::notFound);
        return forChild(child, month);
    }

    /** The child's days of {@code month} with something billed or deducted, in date order. */
    public List<NurseryBillableDay> forChild(ChildId child, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        NurserySettings settings = stores.settings().current();
        List<RegularContract> contracts = stores.contracts().ofChild(child).stream()
                .filter(c -> !c.from().isAfter(last) && !c.to().isBefore(first)).toList();
        List<NurseryAbsence> absences = stores.absences().ofChildBetween(child, first, last);
        List<NurseryAttendance> attendances = stores.attendances().ofChildBetween(child, first, last);
        List<OccasionalBooking> bookings = stores.bookings().ofChildBetween(child, first, last);
        List<NurseryBillableDay> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate day = date;
            NurseryBillableDay billable = NurseryBilledHours.of(day, settings,
                    contracts.stream().filter(c -> c.covers(day)).findFirst(),
                    absences.stream().filter(a -> a.covers(day)).findFirst(),
                    attendances.stream().filter(a -> a.date().equals(day)).findFirst(),
                    bookings.stream().filter(b -> b.slot().date().equals(day)).toList());
            if (!billable.isEmpty()) {
                days.add(billable);
            }
        }
        return days;
    }

    /** Every child of the family with something in {@code month}, in the family's order of children. */
    public Map<ChildId, List<NurseryBillableDay>> forFamily(FamilyId family, YearMonth month) {
        Optional<Family> found = stores.families().byId(family);
        Map<ChildId, List<NurseryBillableDay>> byChild = new LinkedHashMap<>();
        for (Child child : found.map(Family::children).orElse(List.of())) {
            List<NurseryBillableDay> days = forChild(child.id(), month);
            if (!days.isEmpty()) {
                byChild.put(child.id(), days);
            }
        }
        return byChild;
    }
}
