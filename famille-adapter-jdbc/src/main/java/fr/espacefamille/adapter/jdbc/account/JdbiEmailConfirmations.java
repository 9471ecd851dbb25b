package fr.espacefamille.adapter.jdbc.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.account.EmailConfirmations;
import fr.espacefamille.domain.account.AccountId;

/** {@link EmailConfirmations} in {@code email_confirmations}: one row per unconfirmed account. */
public final class JdbiEmailConfirmations implements EmailConfirmations {

    private static final String UPDATE = """
            UPDATE email_confirmations SET digest = :digest, expires_at = :expiresAt, issued_at = :issuedAt
            WHERE account_id = :accountId
            """;
    private static final String INSERT = """
            INSERT INTO email_confirmations (account_id, digest, expires_at, issued_at)
            VALUES (:accountId, :digest, :expiresAt, :issuedAt)
            ON CONFLICT DO NOTHING
            """;
    private static final String SELECT = "SELECT account_id, digest, expires_at, issued_at FROM email_confirmations ";

    private final JdbiContext db;

    public JdbiEmailConfirmations(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void replace(PendingConfirmation pending) {
        db.useHandle(handle -> Upsert.run(handle, UPDATE, INSERT, update -> update
                .bind("accountId", pending.account())
                .bind("digest", pending.digest())
                .bind("expiresAt", pending.expiresAt())
                .bind("issuedAt", pending.issuedAt())));
    }

    @Override
    public Optional<PendingConfirmation> byDigest(String digest) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE digest = :digest").bind("digest", digest)
                .map(JdbiEmailConfirmations::pending).findOne());
    }

    @Override
    public Optional<PendingConfirmation> of(AccountId account) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE account_id = :accountId")
                .bind("accountId", account).map(JdbiEmailConfirmations::pending).findOne());
    }

    @Override
    public boolean consume(String digest) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM email_confirmations WHERE digest = :digest")
                .bind("digest", digest).execute() > 0);
    }

    private static PendingConfirmation pending(ResultSet row, StatementContext ctx) throws SQLException {
        return new PendingConfirmation(Columns.get(row, "account_id", AccountId.class, ctx), row.getString("digest"),
                Columns.instant(row, "expires_at"), Columns.instant(row, "issued_at"));
    }
}
