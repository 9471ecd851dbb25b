package fr.espacefamille.application.inmemory;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.family.ChildId;

/** {@link CanteenConsumption} from days that tests and embedding applications hand it. */
public final class InMemoryCanteenConsumption implements CanteenConsumption {

    private final List<CanteenDay> days = new CopyOnWriteArrayList<>();

    public void add(CanteenDay day) {
        days.add(day);
    }

    public void addAll(Collection<CanteenDay> more) {
        days.addAll(more);
    }

    @Override
    public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
        Set<ChildId> asked = new HashSet<>(children);
        return days.stream().filter(d -> asked.contains(d.child()) && YearMonth.from(d.date()).equals(month)).toList();
    }
}
