package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.application.canteen.CanteenAbsences;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.ChildId;

/** In-memory {@link CanteenAbsences}. */
public final class InMemoryCanteenAbsences implements CanteenAbsences {

    private final Map<AbsenceId, CanteenAbsence> absences;

    public InMemoryCanteenAbsences(InMemoryTransactions transactions) {
        this.absences = new InMemoryMap<AbsenceId, CanteenAbsence>(transactions).map();
    }

    @Override
    public synchronized void add(CanteenAbsence absence) {
        SortedMap<LocalDate, AbsenceBilling> taken = daysOf(absence.child(), absence.period());
        if (absence.days().keySet().stream().anyMatch(taken::containsKey)) {
            throw new IllegalStateException("A day of this absence already belongs to another one");
        }
        absences.put(absence.id(), absence);
    }

    @Override
    public Optional<CanteenAbsence> byId(AbsenceId id) {
        return Optional.ofNullable(absences.get(id));
    }

    @Override
    public List<CanteenAbsence> ofChild(ChildId child) {
        return absences.values().stream().filter(a -> a.child().equals(child))
                .sorted(Comparator.comparing((CanteenAbsence a) -> a.period().from()).reversed().thenComparing(a -> a.id().toString()))
                .toList();
    }

    @Override
    public SortedMap<LocalDate, AbsenceBilling> daysOf(ChildId child, DateRange range) {
        return daysOf(Set.of(child), range).getOrDefault(child, new TreeMap<>());
    }

    @Override
    public Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> daysOf(Collection<ChildId> children, DateRange range) {
        Set<ChildId> wanted = new HashSet<>(children);
        Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> days = new HashMap<>();
        absences.values().stream().filter(a -> wanted.contains(a.child())).forEach(a -> a.days().forEach((day, billing) -> {
            if (range.contains(day)) {
                days.computeIfAbsent(a.child(), c -> new TreeMap<>()).put(day, billing);
            }
        }));
        return days;
    }

    /** Whether an absence holds this document as its certificate ({@link InMemoryDocumentUses}). */
    public boolean refersTo(DocumentId document) {
        return absences.values().stream().anyMatch(a -> document.equals(a.certificate()));
    }
}
