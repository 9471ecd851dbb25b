package fr.espacefamille.application.inmemory;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.family.ChildId;

/** {@link NurseryConsumption} from months that tests and embedding applications hand it. */
public final class InMemoryNurseryConsumption implements NurseryConsumption {

    private final Map<YearMonth, Map<ChildId, NurseryMonth>> months = new ConcurrentHashMap<>();

    /** Sets a child's month, replacing what was said before. */
    public void put(YearMonth month, NurseryMonth childMonth) {
        months.computeIfAbsent(month, m -> new ConcurrentHashMap<>()).put(childMonth.child(), childMonth);
    }

    @Override
    public List<NurseryMonth> of(Collection<ChildId> children, YearMonth month) {
        Set<ChildId> asked = new HashSet<>(children);
        return months.getOrDefault(month, Map.of()).values().stream().filter(m -> asked.contains(m.child())).toList();
    }
}
