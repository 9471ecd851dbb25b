package fr.espacefamille.adapter.jdbc.nursery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.nursery.OccasionalBookings;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.OccasionalBookingStatus;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.HalfDay;
import fr.espacefamille.domain.nursery.Slot;

/** {@link OccasionalBookings} in {@code nursery_bookings}; the slot's row must exist (it does once locked). */
public final class JdbiOccasionalBookings implements OccasionalBookings {

    private static final String INSERT = """
            INSERT INTO nursery_bookings (id, child_id, slot_date, period, status, queue_number, live, requested_at,
                                          cancelled_at, billed, late_confirmation)
            VALUES (:id, :child, :date, :period, :status, :queue, :live, :requestedAt, :cancelledAt, :billed, :lateConfirmation)
            """;
    private static final String UPDATE = """
            UPDATE nursery_bookings SET status = :status, live = :live, cancelled_at = :cancelledAt, billed = :billed,
                late_confirmation = :lateConfirmation
            WHERE id = :id
            """;
    private static final String SELECT = """
            SELECT id, child_id, slot_date, period, status, queue_number, requested_at, cancelled_at, billed, late_confirmation
            FROM nursery_bookings
            """;
    private static final String ORDER = " ORDER BY slot_date, CASE period WHEN 'MORNING' THEN 0 ELSE 1 END, queue_number";

    private final JdbiContext db;

    public JdbiOccasionalBookings(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void addAll(List<OccasionalBooking> bookings) {
        if (bookings.isEmpty()) {
            return;
        }
        db.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (OccasionalBooking b : bookings) {
                batch.bindMethods(b)
                        .bind("date", b.slot().date())
                        .bind("period", b.slot().period())
                        .bind("queue", b.queueNumber())
                        .bindByType("live", b.isActive() ? Boolean.TRUE : null, Boolean.class)
                        .bindByType("cancelledAt", b.cancelledAt(), Instant.class)
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public void update(OccasionalBooking b) {
        int updated = db.withHandle(handle -> handle.createUpdate(UPDATE).bindMethods(b)
                .bindByType("live", b.isActive() ? Boolean.TRUE : null, Boolean.class)
                .bindByType("cancelledAt", b.cancelledAt(), Instant.class)
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("Unknown booking: " + b.id());
        }
    }

    @Override
    public Optional<OccasionalBooking> byId(BookingId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiOccasionalBookings::booking).findOne());
    }

    @Override
    public List<OccasionalBooking> ofChild(ChildId child) {
        return list("WHERE child_id = :child", q -> q.bind("child", child));
    }

    @Override
    public List<OccasionalBooking> ofChildBetween(ChildId child, LocalDate from, LocalDate to) {
        return list("WHERE child_id = :child AND slot_date BETWEEN :from AND :to",
                q -> q.bind("child", child).bind("from", from).bind("to", to));
    }

    @Override
    public List<OccasionalBooking> inSlot(Slot slot) {
        return list("WHERE slot_date = :date AND period = :period",
                q -> q.bind("date", slot.date()).bind("period", slot.period()));
    }

    @Override
    public List<OccasionalBooking> between(LocalDate from, LocalDate to) {
        return list("WHERE slot_date BETWEEN :from AND :to", q -> q.bind("from", from).bind("to", to));
    }

    private List<OccasionalBooking> list(String where, UnaryOperator<Query> bind) {
        return db.withHandle(handle -> bind.apply(handle.createQuery(SELECT + where + ORDER)).map(JdbiOccasionalBookings::booking).list());
    }

    private static OccasionalBooking booking(ResultSet row, StatementContext ctx) throws SQLException {
        return new OccasionalBooking(Columns.get(row, "id", BookingId.class, ctx), Columns.get(row, "child_id", ChildId.class, ctx),
                new Slot(Columns.date(row, "slot_date"), Columns.get(row, "period", HalfDay.class, ctx)),
                Columns.get(row, "status", OccasionalBookingStatus.class, ctx), row.getLong("queue_number"),
                Columns.instant(row, "requested_at"), Columns.instant(row, "cancelled_at"), row.getBoolean("billed"),
                row.getBoolean("late_confirmation"));
    }
}
