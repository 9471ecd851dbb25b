package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.NurseryAttendance;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.RegularContract;

/**
 * The day's sheet at the nursery door: the children expected (by contract or confirmed occasional
 * care) and anyone already recorded, with their planned hours and recorded times, by name.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class NurseryDaySheet {

    /** One child of the day. */
    public record Row(Child child, Optional<DailyHours> contractHours, List<HalfDay> booked, Optional<NurseryAttendance> attendance) {
    }

    private final NurseryStores stores;

    public NurseryDaySheet(NurseryStores stores) {
        this.stores = stores;
    }

    public List<Row> of(Actor actor, LocalDate date) {
        actor.require(Role.NURSERY_AGENT);
        NurserySettings settings = stores.settings().current();
        Set<ChildId> children = new LinkedHashSet<>();
        List<RegularContract> contracts = settings.isOpen(date) ? stores.contracts().overlapping(date, date) : List.of();
        contracts.stream().filter(c -> c.expectedOn(date).isPresent()).forEach(c -> children.add(c.child()));
        List<OccasionalBooking> booked = stores.bookings().between(date, date).stream().filter(OccasionalBooking::isConfirmed).toList();
        booked.forEach(b -> children.add(b.child()));
        List<NurseryAttendance> attendances = stores.attendances().on(date);
        attendances.forEach(a -> children.add(a.child()));
        List<Row> rows = new ArrayList<>();
        for (ChildId id : children) {
            Child child = stores.families().byChild(id).flatMap(f -> f.child(id)).orElseThrow();
            Optional<DailyHours> hours = contracts.stream().filter(c -> c.child().equals(id))
                    .flatMap(c -> c.expectedOn(date).stream()).findFirst();
            List<HalfDay> periods = booked.stream().filter(b -> b.child().equals(id)).map(b -> b.slot().period()).sorted().toList();
            Optional<NurseryAttendance> attendance = attendances.stream().filter(a -> a.child().equals(id)).findFirst();
            rows.add(new Row(child, hours, periods, attendance));
        }
        rows.sort(Comparator.comparing((Row r) -> r.child().firstName()).thenComparing(r -> r.child().lastName()));
        return rows;
    }
}
