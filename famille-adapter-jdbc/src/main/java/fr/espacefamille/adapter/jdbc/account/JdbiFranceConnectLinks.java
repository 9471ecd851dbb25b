package fr.espacefamille.adapter.jdbc.account;

import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.account.FranceConnectLinks;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.FranceConnectIdentity;

/**
 * {@link FranceConnectLinks} in {@code franceconnect_links} (both columns unique, so two requests
 * racing to link cannot both win) and {@code franceconnect_pending}.
 */
public final class JdbiFranceConnectLinks implements FranceConnectLinks {

    private static final String LINK = """
            INSERT INTO franceconnect_links (subject, account_id, linked_at) VALUES (:subject, :account, :at)
            ON CONFLICT DO NOTHING
            """;
    private static final String HOLD = """
            INSERT INTO franceconnect_pending (digest, subject, given_name, family_name, birthdate, email, expires_at)
            VALUES (:digest, :subject, :givenName, :familyName, :birthdate, :email, :expiresAt)
            """;
    private static final String PENDING = """
            SELECT subject, given_name, family_name, birthdate, email FROM franceconnect_pending
            WHERE digest = :digest AND expires_at > :now
            """;

    private final JdbiContext db;

    public JdbiFranceConnectLinks(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<AccountId> accountOf(String subject) {
        return db.withHandle(handle -> handle.createQuery("SELECT account_id FROM franceconnect_links WHERE subject = :subject")
                .bind("subject", subject).map((row, ctx) -> Columns.get(row, "account_id", AccountId.class, ctx)).findOne());
    }

    @Override
    public Optional<String> subjectOf(AccountId account) {
        return db.withHandle(handle -> handle.createQuery("SELECT subject FROM franceconnect_links WHERE account_id = :account")
                .bind("account", account).mapTo(String.class).findOne());
    }

    @Override
    public boolean link(String subject, AccountId account, Instant at) {
        return db.withHandle(handle -> handle.createUpdate(LINK).bind("subject", subject).bind("account", account)
                .bind("at", at).execute() > 0);
    }

    @Override
    public boolean unlink(AccountId account) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM franceconnect_links WHERE account_id = :account")
                .bind("account", account).execute() > 0);
    }

    @Override
    public void holdPending(String digest, FranceConnectIdentity identity, Instant expiresAt) {
        db.useHandle(handle -> {
            // identities nobody linked in time go when a new one arrives
            handle.createUpdate("DELETE FROM franceconnect_pending WHERE expires_at < :now").bind("now", expiresAt.minus(
                    fr.espacefamille.application.account.SignInWithFranceConnect.PENDING_LIFETIME)).execute();
            handle.createUpdate(HOLD).bind("digest", digest).bindMethods(identity).bind("expiresAt", expiresAt).execute();
        });
    }

    @Override
    public Optional<FranceConnectIdentity> pending(String digest, Instant now) {
        return db.withHandle(handle -> handle.createQuery(PENDING).bind("digest", digest).bind("now", now)
                .map((row, ctx) -> new FranceConnectIdentity(row.getString("subject"), row.getString("given_name"),
                        row.getString("family_name"), Columns.date(row, "birthdate"), row.getString("email")))
                .findOne());
    }

    @Override
    public void removePending(String digest) {
        db.useHandle(handle -> handle.createUpdate("DELETE FROM franceconnect_pending WHERE digest = :digest").bind("digest", digest).execute());
    }
}
