package fr.espacefamille.adapter.jdbc.nursery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.nursery.NurseryAttendances;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAttendance;

/** {@link NurseryAttendances} in {@code nursery_attendance}, one row per child and day. */
public final class JdbiNurseryAttendances implements NurseryAttendances {

    private static final String SELECT = "SELECT child_id, attendance_date, arrival, departure FROM nursery_attendance ";

    private final JdbiContext db;

    public JdbiNurseryAttendances(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void save(NurseryAttendance a) {
        db.useHandle(handle -> Upsert.run(handle,
                "UPDATE nursery_attendance SET arrival = :arrival, departure = :departure WHERE child_id = :child AND attendance_date = :date",
                """
                INSERT INTO nursery_attendance (child_id, attendance_date, arrival, departure)
                VALUES (:child, :date, :arrival, :departure) ON CONFLICT DO NOTHING
                """,
                update -> update.bind("child", a.child()).bind("date", a.date()).bind("arrival", a.arrival())
                        .bindByType("departure", a.departure(), LocalTime.class)));
    }

    @Override
    public void remove(ChildId child, LocalDate date) {
        db.useHandle(handle -> handle.createUpdate("DELETE FROM nursery_attendance WHERE child_id = :child AND attendance_date = :date")
                .bind("child", child).bind("date", date).execute());
    }

    @Override
    public Optional<NurseryAttendance> of(ChildId child, LocalDate date) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE child_id = :child AND attendance_date = :date")
                .bind("child", child).bind("date", date).map(JdbiNurseryAttendances::attendance).findOne());
    }

    @Override
    public List<NurseryAttendance> on(LocalDate date) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE attendance_date = :date ORDER BY child_id")
                .bind("date", date).map(JdbiNurseryAttendances::attendance).list());
    }

    @Override
    public List<NurseryAttendance> ofChildBetween(ChildId child, LocalDate from, LocalDate to) {
        return db.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE child_id = :child AND attendance_date BETWEEN :from AND :to ORDER BY attendance_date")
                .bind("child", child).bind("from", from).bind("to", to).map(JdbiNurseryAttendances::attendance).list());
    }

    private static NurseryAttendance attendance(ResultSet row, StatementContext ctx) throws SQLException {
        return new NurseryAttendance(Columns.get(row, "child_id", ChildId.class, ctx), Columns.date(row, "attendance_date"),
                row.getObject("arrival", LocalTime.class), row.getObject("departure", LocalTime.class));
    }
}
