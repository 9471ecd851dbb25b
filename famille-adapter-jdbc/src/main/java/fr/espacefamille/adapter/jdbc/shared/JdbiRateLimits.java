package fr.espacefamille.adapter.jdbc.shared;

import java.time.Duration;
import java.time.Instant;

import fr.espacefamille.application.shared.RateLimits;

/** {@link RateLimits} in the {@code rate_limits} table: one counter row per key and window. */
public final class JdbiRateLimits implements RateLimits {

    private static final String INCREMENT = "UPDATE rate_limits SET hits = hits + 1 WHERE bucket = :bucket AND window_start = :start";
    private static final String INSERT = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (:bucket, :start, 1) ON CONFLICT DO NOTHING";
    private static final String READ = "SELECT hits FROM rate_limits WHERE bucket = :bucket AND window_start = :start";
    /** Old windows of the same key are dropped as new ones start, so the table stays small. */
    private static final String FORGET = "DELETE FROM rate_limits WHERE bucket = :bucket AND window_start < :start";

    private final JdbiContext db;

    public JdbiRateLimits(JdbiContext db) {
        this.db = db;
    }

    @Override
    public int hit(String key, Duration window, Instant now) {
        String bucket = bucket(key);
        Instant start = RateLimits.windowStart(window, now);
        return db.withHandle(handle -> {
            int updated = handle.createUpdate(INCREMENT).bind("bucket", bucket).bind("start", start).execute();
            if (updated == 0) {
                handle.createUpdate(FORGET).bind("bucket", bucket).bind("start", start).execute();
                if (handle.createUpdate(INSERT).bind("bucket", bucket).bind("start", start).execute() == 0) {
                    handle.createUpdate(INCREMENT).bind("bucket", bucket).bind("start", start).execute();
                }
            }
            return read(handle, bucket, start);
        });
    }

    @Override
    public int count(String key, Duration window, Instant now) {
        return db.withHandle(handle -> read(handle, bucket(key), RateLimits.windowStart(window, now)));
    }

    private static int read(org.jdbi.v3.core.Handle handle, String bucket, Instant start) {
        return handle.createQuery(READ).bind("bucket", bucket).bind("start", start).mapTo(Integer.class).findOne().orElse(0);
    }

    /** Keys are people's logins or addresses: kept short and bounded. */
    private static String bucket(String key) {
        return key.length() <= 300 ? key : key.substring(0, 300);
    }
}
