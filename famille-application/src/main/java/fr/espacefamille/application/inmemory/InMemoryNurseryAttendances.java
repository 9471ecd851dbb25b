package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.nursery.NurseryAttendances;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAttendance;

/** In-memory {@link NurseryAttendances}. */
public final class InMemoryNurseryAttendances implements NurseryAttendances {

    private record Key(ChildId child, LocalDate date) {
    }

    private final Map<Key, NurseryAttendance> attendances;

    public InMemoryNurseryAttendances(InMemoryTransactions transactions) {
        this.attendances = new InMemoryMap<Key, NurseryAttendance>(transactions).map();
    }

    @Override
    public void save(NurseryAttendance attendance) {
        attendances.put(new Key(attendance.child(), attendance.date()), attendance);
    }

    @Override
    public void remove(ChildId child, LocalDate date) {
        attendances.remove(new Key(child, date));
    }

    @Override
    public Optional<NurseryAttendance> of(ChildId child, LocalDate date) {
        return Optional.ofNullable(attendances.get(new Key(child, date)));
    }

    @Override
    public List<NurseryAttendance> on(LocalDate date) {
        return attendances.values().stream().filter(a -> a.date().equals(date))
                .sorted(Comparator.comparing(a -> a.child().value())).toList();
    }

    @Override
    public List<NurseryAttendance> ofChildBetween(ChildId child, LocalDate from, LocalDate to) {
        return attendances.values().stream()
                .filter(a -> a.child().equals(child) && !a.date().isBefore(from) && !a.date().isAfter(to))
                .sorted(Comparator.comparing(NurseryAttendance::date)).toList();
    }
}
