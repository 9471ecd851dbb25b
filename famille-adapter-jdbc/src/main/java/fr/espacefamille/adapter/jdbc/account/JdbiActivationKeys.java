package fr.espacefamille.adapter.jdbc.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.account.ActivationKeys;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/** {@link ActivationKeys} in {@code activation_keys}: one row per guardian, so a new key replaces the old. */
public final class JdbiActivationKeys implements ActivationKeys {

    private static final String UPDATE = """
            UPDATE activation_keys SET family_id = :familyId, digest = :digest, expires_on = :expiresOn, issued_at = :issuedAt
            WHERE guardian_id = :guardianId
            """;
    private static final String INSERT = """
            INSERT INTO activation_keys (guardian_id, family_id, digest, expires_on, issued_at)
            VALUES (:guardianId, :familyId, :digest, :expiresOn, :issuedAt)
            ON CONFLICT DO NOTHING
            """;
    private static final String SELECT = "SELECT guardian_id, family_id, digest, expires_on, issued_at FROM activation_keys ";
    private static final String CONSUME = "DELETE FROM activation_keys WHERE digest = :digest";

    private final JdbiContext db;

    public JdbiActivationKeys(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void replace(StoredKey key) {
        db.useHandle(handle -> Upsert.run(handle, UPDATE, INSERT, update -> update
                .bind("guardianId", key.guardian())
                .bind("familyId", key.family())
                .bind("digest", key.digest())
                .bind("expiresOn", key.expiresOn())
                .bind("issuedAt", key.issuedAt())));
    }

    @Override
    public Optional<StoredKey> byDigest(String digest) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE digest = :digest").bind("digest", digest)
                .map(JdbiActivationKeys::key).findOne());
    }

    @Override
    public Optional<StoredKey> ofGuardian(GuardianId guardian) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE guardian_id = :guardianId")
                .bind("guardianId", guardian)
                .map(JdbiActivationKeys::key).findOne());
    }

    /** The row lock of the DELETE lets one of two racing activations remove the key; the other removes nothing. */
    @Override
    public boolean consume(String digest) {
        return db.withHandle(handle -> handle.createUpdate(CONSUME).bind("digest", digest).execute() > 0);
    }

    private static StoredKey key(ResultSet row, StatementContext ctx) throws SQLException {
        return new StoredKey(Columns.get(row, "guardian_id", GuardianId.class, ctx),
                Columns.get(row, "family_id", FamilyId.class, ctx), row.getString("digest"),
                Columns.date(row, "expires_on"), Columns.instant(row, "issued_at"));
    }
}
