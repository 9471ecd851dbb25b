package fr.espacefamille.adapter.jdbc.canteen;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.canteen.PupilDays;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.family.ChildId;

/**
 * {@link PupilDays} in one statement: the child's rows as {@link JdbiPupils} reads them (part P),
 * then its bookings (B) and absent days (A) in the range, told apart by the {@code part} column.
 */
public final class JdbiPupilDays implements PupilDays {

    private static final String SELECT = """
            SELECT 'P' AS part, c.id, c.family_id, c.first_name, c.last_name, c.school_id, c.grade, e.school_year,
                   CAST(NULL AS DATE) AS on_day, CAST(NULL AS VARCHAR(20)) AS billing
            FROM children c LEFT JOIN enrolments e ON e.child_id = c.id AND e.service = 'CANTEEN'
            WHERE c.id = :child
            UNION ALL
            SELECT 'B', NULL, NULL, NULL, NULL, NULL, NULL, NULL, booked_on, NULL
            FROM canteen_bookings WHERE child_id = :child AND booked_on BETWEEN :from AND :to
            UNION ALL
            SELECT 'A', NULL, NULL, NULL, NULL, NULL, NULL, NULL, absent_on, billing
            FROM canteen_absence_days WHERE child_id = :child AND absent_on BETWEEN :from AND :to
            """;

    private final JdbiContext db;

    public JdbiPupilDays(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<Read> of(ChildId child, DateRange range) {
        List<JdbiPupils.Row> pupil = new ArrayList<>();
        SortedSet<LocalDate> booked = new TreeSet<>();
        SortedMap<LocalDate, AbsenceBilling> absent = new TreeMap<>();
        db.useHandle(handle -> handle.createQuery(SELECT).bind("child", child)
                .bind("from", range.from()).bind("to", range.to())
                .scanResultSet((rows, ctx) -> {
                    ResultSet row = rows.get();
                    while (row.next()) {
                        switch (row.getString("part")) {
                            case "P" -> pupil.add(JdbiPupils.row(row, ctx));
                            case "B" -> booked.add(Columns.date(row, "on_day"));
                            default -> absent.put(Columns.date(row, "on_day"), Columns.get(row, "billing", AbsenceBilling.class, ctx));
                        }
                    }
                    return null;
                }));
        return JdbiPupils.pupils(pupil).stream().findFirst().map(p -> new Read(p, booked, absent));
    }
}
