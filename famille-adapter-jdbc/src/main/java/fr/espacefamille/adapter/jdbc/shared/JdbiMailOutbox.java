package fr.espacefamille.adapter.jdbc.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;

/**
 * The transactional outbox: {@link #send} writes the mail to {@code mail_outbox} in the calling
 * thread's transaction, so that it exists exactly when the change that causes it is committed;
 * {@link #relay} then hands due mails to the real transport. Each mail is claimed by one instance
 * at a time (a conditional UPDATE, which behaves alike on H2 and PostgreSQL), marked sent once the
 * transport took it, and tried again with a doubling delay when it failed. A crash between the
 * transport's acceptance and the mark sends that one mail again when its claim lapses: SMTP
 * offers no better, and that window is milliseconds wide.
 */
public final class JdbiMailOutbox implements Mailer {

    /** How long a claimed mail is held by the instance sending it. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 20;

    private static final String INSERT = """
            INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at, attempts, next_attempt_at)
            VALUES (:id, :recipient, :subject, :text, :html, :now, 0, :now)
            """;
    private static final String DUE = """
            SELECT id FROM mail_outbox
            WHERE sent_at IS NULL AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY next_attempt_at, created_at LIMIT :batch
            """;
    private static final String CLAIM_ONE = """
            UPDATE mail_outbox SET claimed_until = :until, attempts = attempts + 1
            WHERE id = :id AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)
            """;
    private static final String READ = "SELECT recipient, subject, text_body, html_body, attempts FROM mail_outbox WHERE id = :id";
    private static final String SENT = "UPDATE mail_outbox SET sent_at = :now, claimed_until = NULL, last_error = NULL WHERE id = :id";
    private static final String FAILED = """
            UPDATE mail_outbox SET claimed_until = NULL, next_attempt_at = :next, last_error = :error WHERE id = :id
            """;
    private static final String BACKLOG = "SELECT COUNT(*) AS pending, MIN(created_at) AS oldest FROM mail_outbox WHERE sent_at IS NULL";

    private final JdbiContext db;
    private final Clock ticker;

    /** {@code ticker} times the retries: the system clock, even when the application's clock is frozen. */
    public JdbiMailOutbox(JdbiContext db, Clock ticker) {
        this.db = db;
        this.ticker = ticker;
    }

    /** Queues the mail in the caller's transaction, if any; the relay sends it once committed. */
    @Override
    public void send(Mail mail) {
        db.useHandle(handle -> handle.createUpdate(INSERT).bind("id", UUID.randomUUID()).bind("recipient", mail.to())
                .bind("subject", mail.subject()).bind("text", mail.text()).bind("html", mail.html()).bind("now", ticker.instant())
                .execute());
    }

    /** A claimed mail, with its row id. */
    private record Claimed(UUID id, Mail mail, int attempts) {
    }

    /**
     * Sends every due mail through {@code transport}, which throws when the mail was not accepted;
     * answers how many were sent. Several instances may relay at once: each mail goes to one.
     */
    public int relay(Consumer<Mail> transport) {
        int sent = 0;
        while (true) {
            Instant now = ticker.instant();
            List<UUID> due = db.withHandle(handle -> handle.createQuery(DUE).bind("now", now).bind("batch", BATCH)
                    .map((row, ctx) -> Columns.uuid(row, "id")).list());
            if (due.isEmpty()) {
                return sent;
            }
            int claimed = 0;
            for (UUID id : due) {
                Optional<Claimed> mail = claim(id, now);
                if (mail.isEmpty()) {
                    continue;
                }
                claimed++;
                try {
                    transport.accept(mail.get().mail());
                } catch (RuntimeException failure) {
                    Duration delay = retryDelay(mail.get().attempts());
                    String error = String.valueOf(failure.getMessage());
                    db.useHandle(handle -> handle.createUpdate(FAILED).bind("id", id).bind("next", ticker.instant().plus(delay))
                            .bind("error", error.length() > 500 ? error.substring(0, 500) : error).execute());
                    continue;
                }
                db.useHandle(handle -> handle.createUpdate(SENT).bind("id", id).bind("now", ticker.instant()).execute());
                sent++;
            }
            if (claimed == 0) {
                return sent;
            }
        }
    }

    /** The mails still waiting to be sent: how many, and when the oldest was written (empty when none waits). */
    public record Backlog(long pending, Optional<Instant> oldest) {
        public static final Backlog NONE = new Backlog(0, Optional.empty());
    }

    /** How many mails wait, and since when, in one reading. */
    public Backlog backlog() {
        return db.withHandle(handle -> handle.createQuery(BACKLOG)
                .map((row, ctx) -> new Backlog(row.getLong("pending"), Optional.ofNullable(Columns.instant(row, "oldest")))).one());
    }

    private Optional<Claimed> claim(UUID id, Instant now) {
        return db.withHandle(handle -> {
            if (handle.createUpdate(CLAIM_ONE).bind("id", id).bind("now", now).bind("until", now.plus(CLAIM)).execute() == 0) {
                return Optional.empty();
            }
            return handle.createQuery(READ).bind("id", id).map((row, ctx) -> new Claimed(id, new Mail(row.getString("recipient"),
                    row.getString("subject"), row.getString("text_body"), row.getString("html_body")), row.getInt("attempts"))).findOne();
        });
    }

    /** 10 s after the first failure, doubling each time, at most an hour. */
    static Duration retryDelay(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}
