package fr.espacefamille.adapter.jdbc.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** {@link DirectDebits} in {@code mandates}: unique RUM, and one live mandate per family and régie through {@code live_key}. */
public final class JdbiDirectDebits implements DirectDebits {

    private static final String SELECT = """
            SELECT id, family_id, regie, rum, holder, iban, signed_on, online, status, rejects_in_a_row, ended_on FROM mandates
            """;
    private static final String LATEST_FIRST = " ORDER BY signed_on DESC, rum DESC";

    private final JdbiContext db;

    public JdbiDirectDebits(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(DirectDebitMandate m) {
        db.useHandle(handle -> handle.createUpdate("""
                INSERT INTO mandates (id, family_id, regie, rum, holder, iban, signed_on, online, status, rejects_in_a_row, ended_on, live_key)
                VALUES (:id, :family, :regie, :rum, :holder, :iban, :signedOn, :online, :status, :rejects, :endedOn, :liveKey)
                """).bindMethods(m).bind("iban", m.iban().value()).bind("rejects", m.rejectsInARow()).bind("liveKey", liveKey(m))
                .execute());
    }

    @Override
    public void update(DirectDebitMandate m) {
        db.useHandle(handle -> {
            int updated = handle.createUpdate("""
                    UPDATE mandates SET status = :status, rejects_in_a_row = :rejects, ended_on = :endedOn, live_key = :liveKey
                    WHERE id = :id
                    """)
                    .bind("id", m.id()).bind("status", m.status()).bind("rejects", m.rejectsInARow())
                    .bind("endedOn", m.endedOn()).bind("liveKey", liveKey(m))
                    .execute();
            if (updated != 1) {
                throw new IllegalStateException("Unknown mandate " + m.id());
            }
        });
    }

    private static String liveKey(DirectDebitMandate m) {
        return m.live() ? m.family() + "/" + m.regie() : null;
    }

    @Override
    public Optional<DirectDebitMandate> byId(MandateId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiDirectDebits::mandate).findOne());
    }

    @Override
    public Optional<DirectDebitMandate> of(FamilyId family, Regie regie) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE live_key = :key")
                .bind("key", family + "/" + regie).map(JdbiDirectDebits::mandate).findOne());
    }

    @Override
    public List<DirectDebitMandate> ofFamily(FamilyId family) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE family_id = :family" + LATEST_FIRST)
                .bind("family", family).map(JdbiDirectDebits::mandate).list());
    }

    @Override
    public List<DirectDebitMandate> search(Regie regie, MandateStatus status, int limit) {
        String where = "WHERE 1 = 1" + (regie == null ? "" : " AND regie = :regie") + (status == null ? "" : " AND status = :status");
        return db.withHandle(handle -> {
            Query query = handle.createQuery(SELECT + where + LATEST_FIRST + " LIMIT :limit").bind("limit", limit);
            if (regie != null) {
                query.bind("regie", regie);
            }
            if (status != null) {
                query.bind("status", status);
            }
            return query.map(JdbiDirectDebits::mandate).list();
        });
    }

    @Override
    public List<DirectDebitMandate> active(Regie regie) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE regie = :regie AND status = 'ACTIVE'")
                .bind("regie", regie).map(JdbiDirectDebits::mandate).list());
    }

    private static DirectDebitMandate mandate(ResultSet row, StatementContext ctx) throws SQLException {
        return new DirectDebitMandate(Columns.get(row, "id", MandateId.class, ctx), Columns.get(row, "family_id", FamilyId.class, ctx),
                Columns.get(row, "regie", Regie.class, ctx), row.getString("rum"), row.getString("holder"), new Iban(row.getString("iban")),
                Columns.date(row, "signed_on"), row.getBoolean("online"), Columns.get(row, "status", MandateStatus.class, ctx),
                row.getInt("rejects_in_a_row"), Columns.date(row, "ended_on"));
    }
}
