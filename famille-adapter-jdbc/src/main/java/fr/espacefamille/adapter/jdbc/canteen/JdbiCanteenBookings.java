package fr.espacefamille.adapter.jdbc.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.canteen.CanteenBookings;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/**
 * {@link CanteenBookings} in {@code canteen_bookings}, keyed by child and day: a booking is one
 * insert that does nothing when the row exists, a cancellation one delete — each a single
 * statement, idempotent and safe when two requests race.
 */
public final class JdbiCanteenBookings implements CanteenBookings {

    private static final String BOOK = """
            INSERT INTO canteen_bookings (child_id, booked_on, school_id) VALUES (:child, :day, :school)
            ON CONFLICT DO NOTHING
            """;

    private final JdbiContext db;

    public JdbiCanteenBookings(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean book(ChildId child, LocalDate day, SchoolId school) {
        return db.withHandle(handle -> handle.createUpdate(BOOK).bind("child", child).bind("day", day)
                .bindByType("school", school == null ? null : school.value(), UUID.class).execute()) > 0;
    }

    @Override
    public boolean cancel(ChildId child, LocalDate day) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM canteen_bookings WHERE child_id = :child AND booked_on = :day")
                .bind("child", child).bind("day", day).execute()) > 0;
    }

    @Override
    public SortedSet<LocalDate> ofChild(ChildId child, DateRange range) {
        return db.withHandle(handle -> handle.createQuery("""
                        SELECT booked_on FROM canteen_bookings WHERE child_id = :child AND booked_on BETWEEN :from AND :to
                        """)
                .bind("child", child).bind("from", range.from()).bind("to", range.to())
                .map((row, ctx) -> Columns.date(row, "booked_on"))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Override
    public Map<ChildId, SortedSet<LocalDate>> ofChildren(Collection<ChildId> children, DateRange range) {
        Map<ChildId, SortedSet<LocalDate>> result = new HashMap<>();
        ChildDays.read(db, """
                SELECT child_id, booked_on AS on_day FROM canteen_bookings
                WHERE child_id IN (<children>) AND booked_on BETWEEN :from AND :to
                """, children, range, (row, ctx) -> Boolean.TRUE).forEach((child, days) -> result.put(child, new TreeSet<>(days.keySet())));
        return result;
    }

    @Override
    public Set<ChildId> ofSchool(SchoolId school, LocalDate day) {
        return db.withHandle(handle -> handle.createQuery(
                        "SELECT child_id FROM canteen_bookings WHERE booked_on = :day AND school_id = :school")
                .bind("day", day).bind("school", school)
                .map((row, ctx) -> Columns.get(row, "child_id", ChildId.class, ctx))
                .collect(Collectors.toCollection(HashSet::new)));
    }

    @Override
    public List<MealCount> count(DateRange range) {
        return db.withHandle(handle -> handle.createQuery("""
                        SELECT booked_on, school_id, COUNT(*) AS meals FROM canteen_bookings
                        WHERE booked_on BETWEEN :from AND :to AND school_id IS NOT NULL
                        GROUP BY booked_on, school_id
                        ORDER BY booked_on, school_id
                        """)
                .bind("from", range.from()).bind("to", range.to())
                .map((row, ctx) -> new MealCount(Columns.date(row, "booked_on"), Columns.get(row, "school_id", SchoolId.class, ctx),
                        row.getInt("meals")))
                .list());
    }
}
