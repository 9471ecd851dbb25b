package fr.espacefamille.adapter.jdbc.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.account.PasswordResets;
import fr.espacefamille.domain.account.AccountId;

/** {@link PasswordResets} in {@code password_resets}: one row per account, so a newer link replaces the older. */
public final class JdbiPasswordResets implements PasswordResets {

    private static final String UPDATE = """
            UPDATE password_resets SET digest = :digest, expires_at = :expiresAt, issued_at = :issuedAt
            WHERE account_id = :accountId
            """;
    private static final String INSERT = """
            INSERT INTO password_resets (account_id, digest, expires_at, issued_at)
            VALUES (:accountId, :digest, :expiresAt, :issuedAt)
            ON CONFLICT DO NOTHING
            """;
    private static final String BY_DIGEST = "SELECT account_id, digest, expires_at, issued_at FROM password_resets WHERE digest = :digest";
    private static final String CONSUME = "DELETE FROM password_resets WHERE digest = :digest";
    private static final String REMOVE_OF = "DELETE FROM password_resets WHERE account_id = :accountId";

    private final JdbiContext db;

    public JdbiPasswordResets(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void replace(StoredReset reset) {
        db.useHandle(handle -> Upsert.run(handle, UPDATE, INSERT, update -> update
                .bind("accountId", reset.account())
                .bind("digest", reset.digest())
                .bind("expiresAt", reset.expiresAt())
                .bind("issuedAt", reset.issuedAt())));
    }

    @Override
    public Optional<StoredReset> byDigest(String digest) {
        return db.withHandle(handle -> handle.createQuery(BY_DIGEST).bind("digest", digest)
                .map(JdbiPasswordResets::reset).findOne());
    }

    @Override
    public boolean consume(String digest) {
        return db.withHandle(handle -> handle.createUpdate(CONSUME).bind("digest", digest).execute() > 0);
    }

    @Override
    public void removeOf(AccountId account) {
        db.useHandle(handle -> handle.createUpdate(REMOVE_OF).bind("accountId", account).execute());
    }

    private static StoredReset reset(ResultSet row, StatementContext ctx) throws SQLException {
        return new StoredReset(Columns.get(row, "account_id", AccountId.class, ctx), row.getString("digest"),
                Columns.instant(row, "expires_at"), Columns.instant(row, "issued_at"));
    }
}
