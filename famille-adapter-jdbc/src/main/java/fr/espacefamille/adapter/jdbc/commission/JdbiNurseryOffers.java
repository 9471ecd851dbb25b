package fr.espacefamille.adapter.jdbc.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.commission.NurseryOffers;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferId;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.family.EnrolmentId;

/**
 * {@link NurseryOffers} in {@code nursery_offers}. {@code held_place} carries the place number while
 * the offer holds it, so that the unique key on (session, group, held place) refuses a place held
 * twice; an answer updates the row only while it is still pending.
 */
public final class JdbiNurseryOffers implements NurseryOffers {

    private static final String SELECT = """
            SELECT id, session_id, request_id, age_group, place, start_date, offered_at, reply_by, status, answered_at, contract_id
            FROM nursery_offers
            """;
    private static final String ORDER = " ORDER BY offered_at, age_group, place, id";

    private final JdbiContext db;

    public JdbiNurseryOffers(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Offer o) {
        db.useHandle(handle -> handle.createUpdate("""
                INSERT INTO nursery_offers (id, session_id, request_id, age_group, place, held_place, start_date, offered_at, reply_by,
                                            status, answered_at, contract_id)
                VALUES (:id, :session, :request, :group, :place, :held, :start, :offeredAt, :replyBy, :status, :answeredAt, :contract)
                """).bindMethods(o)
                .bindByType("held", o.status().holdsPlace() ? o.place() : null, Integer.class)
                .bindByType("answeredAt", o.answeredAt(), Instant.class)
                .bindByType("contract", o.contract() == null ? null : o.contract().value(), UUID.class).execute());
    }

    @Override
    public boolean answer(Offer o) {
        return db.withHandle(handle -> handle.createUpdate("""
                UPDATE nursery_offers SET status = :status, held_place = :held, answered_at = :answeredAt, contract_id = :contract
                WHERE id = :id AND status = 'PENDING'
                """).bind("id", o.id()).bind("status", o.status())
                .bindByType("held", o.status().holdsPlace() ? o.place() : null, Integer.class)
                .bindByType("answeredAt", o.answeredAt(), Instant.class)
                .bindByType("contract", o.contract() == null ? null : o.contract().value(), UUID.class).execute() > 0);
    }

    @Override
    public Optional<Offer> byId(OfferId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiNurseryOffers::offer).findOne());
    }

    @Override
    public List<Offer> ofSession(SessionId session) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE session_id = :session" + ORDER).bind("session", session)
                .map(JdbiNurseryOffers::offer).list());
    }

    @Override
    public List<Offer> ofRequest(NurseryRequestId request) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE request_id = :request" + ORDER).bind("request", request)
                .map(JdbiNurseryOffers::offer).list());
    }

    @Override
    public List<Offer> lapsed(Instant now, int limit) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE status = 'PENDING' AND reply_by < :now ORDER BY reply_by, id LIMIT :limit")
                .bind("now", now).bind("limit", limit).map(JdbiNurseryOffers::offer).list());
    }

    private static Offer offer(ResultSet row, StatementContext ctx) throws SQLException {
        return new Offer(Columns.get(row, "id", OfferId.class, ctx), Columns.get(row, "session_id", SessionId.class, ctx),
                Columns.get(row, "request_id", NurseryRequestId.class, ctx), Columns.get(row, "age_group", AgeGroup.class, ctx), row.getInt("place"),
                Columns.date(row, "start_date"), Columns.instant(row, "offered_at"), Columns.instant(row, "reply_by"),
                Columns.get(row, "status", OfferStatus.class, ctx), Columns.instant(row, "answered_at"),
                Columns.get(row, "contract_id", EnrolmentId.class, ctx));
    }
}
