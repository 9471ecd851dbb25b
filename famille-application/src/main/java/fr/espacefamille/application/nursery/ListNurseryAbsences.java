package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryBillableDay;

/**
 * A family (or nursery staff) reads a child's reported nursery absences, latest first, each day
 * with what it bills or deducts, computed as billing computes it ({@link NurseryBillableHours}).
 * <p>Refuses (API error codes): {@code NOT_FOUND}.
 */
public final class ListNurseryAbsences {

    /** A reported absence with, for each of its days, what the day bills (an empty day bills nothing). */
    public record Reported(NurseryAbsence absence, List<NurseryBillableDay> days) {
    }

    private final NurseryStores stores;
    private final NurseryBillableHours billableHours;

    public ListNurseryAbsences(NurseryStores stores, NurseryBillableHours billableHours) {
        this.stores = stores;
        this.billableHours = billableHours;
    }

    public List<Reported> of(Actor actor, ChildId child) {
        stores.access().reach(actor, child);
        Map<YearMonth, List<NurseryBillableDay>> months = new HashMap<>();
        List<Reported> reported = new ArrayList<>();
        for (NurseryAbsence absence : stores.absences().ofChild(child)) {
            List<NurseryBillableDay> days = new ArrayList<>();
            for (LocalDate day : absence.days()) {
                days.add(months.computeIfAbsent(YearMonth.from(day), month -> billableHours.forChild(child, month)).stream()
                        .filter(d -> d.date().equals(day)).findFirst()
                        .orElseGet(() -> new NurseryBillableDay(day, 0, 0, 0, 0, 0, null)));
            }
            reported.add(new Reported(absence, days));
        }
        return reported;
    }
}
