package fr.espacefamille.adapter.jdbc.commission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.commission.CommissionSessions;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.RankedRequest;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;

/**
 * {@link CommissionSessions} in {@code commission_sessions}, {@code commission_confirmations} and
 * {@code commission_rankings}. The lock is the session row's {@code SELECT … FOR UPDATE}; the
 * switch to allocated updates the row only while it is open, so one allocation wins.
 */
public final class JdbiCommissionSessions implements CommissionSessions {

    private static final String SELECT = """
            SELECT id, session_date, start_from, start_to, confirm_by, places_baby, places_middle, places_toddler, status, members
            FROM commission_sessions
            """;

    private final JdbiContext db;

    public JdbiCommissionSessions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(CommissionSession s) {
        db.useHandle(handle -> handle.createUpdate("""
                INSERT INTO commission_sessions (id, session_date, start_from, start_to, confirm_by, places_baby, places_middle,
                                                 places_toddler, status, members)
                VALUES (:id, :date, :from, :to, :confirmBy, :baby, :middle, :toddler, :status, :members)
                """).bindMethods(s).bind("from", s.startFrom()).bind("to", s.startTo()).bind("baby", s.places(AgeGroup.BABY)).bind("middle", s.places(AgeGroup.MIDDLE))
                .bind("toddler", s.places(AgeGroup.TODDLER))
                .bindByType("members", s.members(), String.class).execute());
    }

    @Override
    public Optional<CommissionSession> byId(SessionId id) {
        return list("WHERE id = :id", q -> q.bind("id", id)).stream().findFirst();
    }

    @Override
    public List<CommissionSession> all() {
        return list("ORDER BY session_date DESC, id", q -> q);
    }

    @Override
    public void lock(SessionId id) {
        db.useHandle(handle -> handle.createQuery("SELECT id FROM commission_sessions WHERE id = :id FOR UPDATE")
                .bind("id", id).mapTo(UUID.class).findOne());
    }

    @Override
    public boolean confirm(SessionId session, NurseryRequestId request) {
        return db.withHandle(handle -> handle.createUpdate("""
                INSERT INTO commission_confirmations (session_id, request_id) VALUES (:session, :request) ON CONFLICT DO NOTHING
                """).bind("session", session).bind("request", request).execute() > 0);
    }

    @Override
    public boolean allocate(CommissionSession allocated) {
        return db.withHandle(handle -> {
            if (handle.createUpdate("UPDATE commission_sessions SET status = 'ALLOCATED' WHERE id = :id AND status = 'OPEN'")
                    .bind("id", allocated.id()).execute() == 0) {
                return false;
            }
            if (!allocated.ranking().isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("""
                        INSERT INTO commission_rankings (session_id, request_id, age_group, score, rank_in_group, override_reason)
                        VALUES (:session, :request, :group, :score, :rank, :reason)
                        """);
                for (RankedRequest r : allocated.ranking()) {
                    batch.bind("session", allocated.id()).bindMethods(r).bindByType("reason", r.overrideReason(), String.class).add();
                }
                batch.execute();
            }
            return true;
        });
    }

    @Override
    public void updateMembers(CommissionSession session) {
        db.useHandle(handle -> handle.createUpdate("UPDATE commission_sessions SET members = :members WHERE id = :id")
                .bind("id", session.id()).bindByType("members", session.members(), String.class).execute());
    }

    private record Row(UUID id, java.time.LocalDate date, java.time.LocalDate from, java.time.LocalDate to,
            java.time.LocalDate confirmBy, Map<AgeGroup, Integer> places, SessionStatus status, String members) {
    }

    private List<CommissionSession> list(String where, UnaryOperator<Query> bind) {
        return db.withHandle(handle -> {
            List<Row> rows = bind.apply(handle.createQuery(SELECT + where)).map((row, ctx) -> {
                Map<AgeGroup, Integer> places = new EnumMap<>(AgeGroup.class);
                places.put(AgeGroup.BABY, row.getInt("places_baby"));
                places.put(AgeGroup.MIDDLE, row.getInt("places_middle"));
                places.put(AgeGroup.TODDLER, row.getInt("places_toddler"));
                return new Row(Columns.uuid(row, "id"), Columns.date(row, "session_date"), Columns.date(row, "start_from"),
                        Columns.date(row, "start_to"), Columns.date(row, "confirm_by"), places,
                        Columns.get(row, "status", SessionStatus.class, ctx), row.getString("members"));
            }).list();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<UUID> ids = rows.stream().map(Row::id).toList();
            Map<UUID, Set<NurseryRequestId>> confirmed = new HashMap<>();
            handle.createQuery("SELECT session_id, request_id FROM commission_confirmations WHERE session_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((row, ctx) -> confirmed.computeIfAbsent(Columns.uuid(row, "session_id"), k -> new HashSet<>())
                            .add(Columns.get(row, "request_id", NurseryRequestId.class, ctx)))
                    .list();
            Map<UUID, List<RankedRequest>> rankings = new HashMap<>();
            handle.createQuery("""
                    SELECT session_id, request_id, age_group, score, rank_in_group, override_reason
                    FROM commission_rankings WHERE session_id IN (<ids>)
                    """)
                    .bindList("ids", ids)
                    .map((row, ctx) -> rankings.computeIfAbsent(Columns.uuid(row, "session_id"), k -> new ArrayList<>())
                            .add(new RankedRequest(Columns.get(row, "request_id", NurseryRequestId.class, ctx), Columns.get(row, "age_group", AgeGroup.class, ctx),
                                    row.getInt("score"), row.getInt("rank_in_group"), row.getString("override_reason"))))
                    .list();
            return rows.stream().map(r -> new CommissionSession(new SessionId(r.id()), r.date(), r.from(), r.to(), r.confirmBy(),
                    r.places(), r.status(), r.members(), confirmed.getOrDefault(r.id(), Set.of()),
                    rankings.getOrDefault(r.id(), List.of()))).toList();
        });
    }
}
