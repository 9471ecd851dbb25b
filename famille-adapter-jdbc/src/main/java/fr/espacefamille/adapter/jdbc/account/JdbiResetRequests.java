package fr.espacefamille.adapter.jdbc.account;

import java.time.Instant;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.account.ResetRequests;

/** {@link ResetRequests} in {@code password_reset_requests}: one row per request, older ones pruned as new ones come. */
public final class JdbiResetRequests implements ResetRequests {

    private static final String PRUNE = "DELETE FROM password_reset_requests WHERE requester = :requester AND requested_at < :since";
    private static final String INSERT = "INSERT INTO password_reset_requests (requester, requested_at) VALUES (:requester, :at)";
    private static final String COUNT = "SELECT COUNT(*) FROM password_reset_requests WHERE requester = :requester";

    private final JdbiContext db;

    public JdbiResetRequests(JdbiContext db) {
        this.db = db;
    }

    @Override
    public int record(String requester, Instant at, Instant since) {
        return db.withHandle(handle -> {
            handle.createUpdate(PRUNE).bind("requester", requester).bind("since", since).execute();
            handle.createUpdate(INSERT).bind("requester", requester).bind("at", at).execute();
            return handle.createQuery(COUNT).bind("requester", requester).mapTo(Integer.class).one();
        });
    }
}
