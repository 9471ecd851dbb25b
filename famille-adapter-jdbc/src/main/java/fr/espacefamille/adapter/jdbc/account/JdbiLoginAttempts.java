package fr.espacefamille.adapter.jdbc.account;

import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.account.LoginAttempts;

/**
 * {@link LoginAttempts} in {@code login_failures} (one row per failure, older ones pruned as new
 * ones come) and {@code login_locks}, so that every app instance sees the same lockout.
 */
public final class JdbiLoginAttempts implements LoginAttempts {

    private static final String LOCKED_UNTIL = "SELECT locked_until FROM login_locks WHERE login = :login";
    private static final String PRUNE = "DELETE FROM login_failures WHERE login = :login AND failed_at < :since";
    private static final String INSERT_FAILURE = "INSERT INTO login_failures (login, failed_at) VALUES (:login, :at)";
    private static final String COUNT_FAILURES = "SELECT COUNT(*) FROM login_failures WHERE login = :login";
    private static final String UPDATE_LOCK = "UPDATE login_locks SET locked_until = :until WHERE login = :login";
    private static final String INSERT_LOCK = """
            INSERT INTO login_locks (login, locked_until) VALUES (:login, :until) ON CONFLICT DO NOTHING
            """;
    private static final String CLEAR_FAILURES = "DELETE FROM login_failures WHERE login = :login";
    private static final String CLEAR_LOCK = "DELETE FROM login_locks WHERE login = :login";

    private final JdbiContext db;

    public JdbiLoginAttempts(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<Instant> lockedUntil(String login) {
        return db.withHandle(handle -> handle.createQuery(LOCKED_UNTIL).bind("login", login)
                .map((row, ctx) -> Columns.instant(row, "locked_until")).findOne());
    }

    @Override
    public int recordFailure(String login, Instant at, Instant since) {
        return db.withHandle(handle -> {
            handle.createUpdate(PRUNE).bind("login", login).bind("since", since).execute();
            handle.createUpdate(INSERT_FAILURE).bind("login", login).bind("at", at).execute();
            return handle.createQuery(COUNT_FAILURES).bind("login", login).mapTo(Integer.class).one();
        });
    }

    @Override
    public void lock(String login, Instant until) {
        db.useHandle(handle -> Upsert.run(handle, UPDATE_LOCK, INSERT_LOCK,
                update -> update.bind("login", login).bind("until", until)));
    }

    @Override
    public void clear(String login) {
        db.useHandle(handle -> {
            handle.createUpdate(CLEAR_FAILURES).bind("login", login).execute();
            handle.createUpdate(CLEAR_LOCK).bind("login", login).execute();
        });
    }
}
