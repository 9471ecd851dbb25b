package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.espacefamille.application.canteen.CanteenBookings;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/** In-memory {@link CanteenBookings}. */
public final class InMemoryCanteenBookings implements CanteenBookings {

    private record Key(ChildId child, LocalDate day) {
    }

    private record Booking(ChildId child, LocalDate day, SchoolId school) {
    }

    private final Map<Key, Booking> bookings;

    public InMemoryCanteenBookings(InMemoryTransactions transactions) {
        this.bookings = new InMemoryMap<Key, Booking>(transactions).map();
    }

    @Override
    public boolean book(ChildId child, LocalDate day, SchoolId school) {
        return bookings.putIfAbsent(new Key(child, day), new Booking(child, day, school)) == null;
    }

    @Override
    public boolean cancel(ChildId child, LocalDate day) {
        return bookings.remove(new Key(child, day)) != null;
    }

    @Override
    public SortedSet<LocalDate> ofChild(ChildId child, DateRange range) {
        return bookings.values().stream().filter(b -> b.child().equals(child) && range.contains(b.day()))
                .map(Booking::day).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Map<ChildId, SortedSet<LocalDate>> ofChildren(Collection<ChildId> children, DateRange range) {
        Set<ChildId> wanted = new HashSet<>(children);
        return bookings.values().stream().filter(b -> wanted.contains(b.child()) && range.contains(b.day()))
                .collect(Collectors.groupingBy(Booking::child,
                        Collectors.mapping(Booking::day, Collectors.toCollection(TreeSet::new))));
    }

    @Override
    public Set<ChildId> ofSchool(SchoolId school, LocalDate day) {
        return bookings.values().stream().filter(b -> day.equals(b.day()) && school.equals(b.school()))
                .map(Booking::child).collect(Collectors.toSet());
    }

    @Override
    public List<MealCount> count(DateRange range) {
        Map<LocalDate, Map<SchoolId, Long>> counts = bookings.values().stream()
                .filter(b -> b.school() != null && range.contains(b.day()))
                .collect(Collectors.groupingBy(Booking::day, TreeMap::new,
                        Collectors.groupingBy(Booking::school, Collectors.counting())));
        return counts.entrySet().stream().flatMap(day -> day.getValue().entrySet().stream()
                        .map(school -> new MealCount(day.getKey(), school.getKey(), school.getValue().intValue())))
                .sorted(Comparator.comparing(MealCount::date).thenComparing(c -> c.school().toString()))
                .toList();
    }
}
