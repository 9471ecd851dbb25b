package fr.espacefamille.adapter.jdbc.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;

/** {@link Sessions} in the {@code sessions} table, keyed by the digest of the token. */
public final class JdbiSessions implements Sessions {

    private static final String INSERT = """
            INSERT INTO sessions (token_digest, account_id, created_at, last_used_at, expires_at)
            VALUES (:digest, :accountId, :createdAt, :lastUsedAt, :expiresAt)
            """;
    private static final String BY_DIGEST = """
            SELECT token_digest, account_id, created_at, last_used_at, expires_at FROM sessions
            WHERE token_digest = :digest
            """;
    /**
     * The sessions and their accounts in one statement (the account's columns as {@link JdbiAccounts} reads them);
     * one array parameter: the same statement whatever the number of digests, parsed and planned once.
     */
    private static final String SIGNED_IN_AMONG = """
            SELECT s.token_digest, s.account_id, s.created_at AS session_created_at, s.last_used_at, s.expires_at,
                   a.id, a.username, a.email, a.password_hash, a.role, a.guardian_id, a.family_id, a.created_at
            FROM sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.token_digest = ANY(:digests)
            """;
    private static final String TOUCH = "UPDATE sessions SET last_used_at = :at WHERE token_digest = :digest";
    private static final String REMOVE = "DELETE FROM sessions WHERE token_digest = :digest";
    private static final String REMOVE_ALL_BUT = "DELETE FROM sessions WHERE account_id = :accountId AND token_digest <> :keep";

    private final JdbiContext db;

    public JdbiSessions(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Session session) {
        db.useHandle(handle -> handle.createUpdate(INSERT)
                .bind("digest", session.tokenDigest())
                .bind("accountId", session.account())
                .bind("createdAt", session.createdAt())
                .bind("lastUsedAt", session.lastUsedAt())
                .bind("expiresAt", session.expiresAt())
                .execute());
    }

    @Override
    public Optional<Session> byTokenDigest(String digest) {
        return db.withHandle(handle -> handle.createQuery(BY_DIGEST).bind("digest", digest)
                .map((row, ctx) -> session(row, ctx, "created_at")).findOne());
    }

    /** Reads both at once: {@code accounts} is not needed, the account comes from the same database. */
    @Override
    public Optional<SignedIn> signedIn(String digest, Function<AccountId, Optional<Account>> accounts) {
        return Optional.ofNullable(signedInAmong(List.of(digest), accounts).get(digest));
    }

    /** All in one statement, accounts included, as {@link #signedIn(String, Function)}. */
    @Override
    public Map<String, SignedIn> signedInAmong(Collection<String> digests, Function<AccountId, Optional<Account>> accounts) {
        Map<String, SignedIn> found = new HashMap<>();
        if (!digests.isEmpty()) {
            db.useHandle(handle -> handle.createQuery(SIGNED_IN_AMONG).bindArray("digests", String.class, new HashSet<>(digests))
                    .map(JdbiSessions::signedInRow).forEach(signedIn -> found.put(signedIn.session().tokenDigest(), signedIn)));
        }
        return found;
    }

    /** One JDBC batch: one round trip to PostgreSQL, in the map's order. */
    @Override
    public void touchAll(Map<String, Instant> lastUses) {
        if (lastUses.isEmpty()) {
            return;
        }
        db.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch(TOUCH);
            lastUses.forEach((digest, at) -> batch.bind("digest", digest).bind("at", at).add());
            batch.execute();
        });
    }

    @Override
    public void remove(String tokenDigest) {
        db.useHandle(handle -> handle.createUpdate(REMOVE).bind("digest", tokenDigest).execute());
    }

    @Override
    public void removeAllOf(AccountId account, String keepDigest) {
        // no digest is empty, so "" keeps none (comparing with NULL would match no row at all)
        db.useHandle(handle -> handle.createUpdate(REMOVE_ALL_BUT)
                .bind("accountId", account)
                .bind("keep", keepDigest == null ? "" : keepDigest)
                .execute());
    }

    private static SignedIn signedInRow(ResultSet row, StatementContext ctx) throws SQLException {
        return new SignedIn(session(row, ctx, "session_created_at"), JdbiAccounts.account(row, ctx));
    }

    private static Session session(ResultSet row, StatementContext ctx, String createdAt) throws SQLException {
        return new Session(row.getString("token_digest"), Columns.get(row, "account_id", AccountId.class, ctx),
                Columns.instant(row, createdAt), Columns.instant(row, "last_used_at"), Columns.instant(row, "expires_at"));
    }
}
