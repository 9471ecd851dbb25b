package fr.espacefamille.adapter.jdbc.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.canteen.CanteenAttendance;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AttendanceMark;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/** {@link CanteenAttendance} in {@code canteen_attendance}, one row per child and day. */
public final class JdbiCanteenAttendance implements CanteenAttendance {

    private static final String UPDATE = """
            UPDATE canteen_attendance SET school_id = :school, present = :present WHERE child_id = :child AND checked_on = :day
            """;
    private static final String INSERT = """
            INSERT INTO canteen_attendance (child_id, checked_on, school_id, present) VALUES (:child, :day, :school, :present)
            ON CONFLICT DO NOTHING
            """;

    private final JdbiContext db;

    public JdbiCanteenAttendance(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<Boolean> record(AttendanceMark mark) {
        return db.withHandle(handle -> {
            Optional<Boolean> before = handle.createQuery(
                            "SELECT present FROM canteen_attendance WHERE child_id = :child AND checked_on = :day")
                    .bind("child", mark.child()).bind("day", mark.date())
                    .mapTo(Boolean.class).findOne();
            Upsert.run(handle, UPDATE, INSERT, update -> update.bind("child", mark.child()).bind("day", mark.date())
                    .bind("school", mark.school()).bind("present", mark.present()));
            return before;
        });
    }

    @Override
    public Map<ChildId, Boolean> ofSchool(SchoolId school, LocalDate day) {
        Map<ChildId, Boolean> marks = new HashMap<>();
        db.useHandle(handle -> handle.createQuery(
                        "SELECT child_id, present FROM canteen_attendance WHERE school_id = :school AND checked_on = :day")
                .bind("school", school).bind("day", day)
                .map((row, ctx) -> Map.entry(Columns.get(row, "child_id", ChildId.class, ctx), row.getBoolean("present")))
                .forEach(e -> marks.put(e.getKey(), e.getValue())));
        return marks;
    }

    @Override
    public Map<ChildId, SortedMap<LocalDate, Boolean>> ofChildren(Collection<ChildId> children, DateRange range) {
        return ChildDays.read(db, """
                SELECT child_id, checked_on AS on_day, present FROM canteen_attendance
                WHERE child_id IN (<children>) AND checked_on BETWEEN :from AND :to
                """, children, range, (row, ctx) -> row.getBoolean("present"));
    }
}
