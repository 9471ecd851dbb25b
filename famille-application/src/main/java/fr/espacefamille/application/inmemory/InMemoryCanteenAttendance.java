package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.espacefamille.application.canteen.CanteenAttendance;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AttendanceMark;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/** In-memory {@link CanteenAttendance}. */
public final class InMemoryCanteenAttendance implements CanteenAttendance {

    private record Key(ChildId child, LocalDate day) {
    }

    private final Map<Key, AttendanceMark> marks;

    public InMemoryCanteenAttendance(InMemoryTransactions transactions) {
        this.marks = new InMemoryMap<Key, AttendanceMark>(transactions).map();
    }

    @Override
    public Optional<Boolean> record(AttendanceMark mark) {
        return Optional.ofNullable(marks.put(new Key(mark.child(), mark.date()), mark)).map(AttendanceMark::present);
    }

    @Override
    public Map<ChildId, Boolean> ofSchool(SchoolId school, LocalDate day) {
        return marks.values().stream().filter(m -> m.date().equals(day) && m.school().equals(school))
                .collect(Collectors.toMap(AttendanceMark::child, AttendanceMark::present));
    }

    @Override
    public Map<ChildId, SortedMap<LocalDate, Boolean>> ofChildren(Collection<ChildId> children, DateRange range) {
        Set<ChildId> wanted = new HashSet<>(children);
        Map<ChildId, SortedMap<LocalDate, Boolean>> result = new HashMap<>();
        marks.values().stream().filter(m -> wanted.contains(m.child()) && range.contains(m.date()))
                .forEach(m -> result.computeIfAbsent(m.child(), c -> new TreeMap<>()).put(m.date(), m.present()));
        return result;
    }
}
