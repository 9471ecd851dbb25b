package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.JdbiMailOutbox;
import fr.espacefamille.adapter.mail.OutboxMailer;
import fr.espacefamille.adapter.mail.SmtpMailer;
import fr.espacefamille.application.shared.Mailer;

/**
 * Outgoing mail. With an SMTP server, each mail is written to the database's outbox in the
 * transaction of the change that causes it, and a background relay sends it (at start-up, then
 * every few seconds, retrying with a growing delay), so that neither a crash nor a server that
 * is down loses it. Without one (demos), each mail becomes an {@code .eml} file in
 * {@code <data>/outbox/} at once.
 */
final class MailWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailWiring.class);
    /** The sender of the mails written to the outbox. */
    static final String OUTBOX_FROM = "Espace Famille <espace-famille@localhost>";
    private static final long RELAY_SECONDS = 2;

    private final Mailer mailer;
    private final ScheduledExecutorService relay;
    /** Work whose duration must not delay or shape an answer (a reset link mailed or not), one task at a time. */
    private final ExecutorService afterAnswering = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "après-réponse");
        thread.setDaemon(true);
        return thread;
    });
    private final Optional<JdbiMailOutbox> outbox;

    MailWiring(Config config, Clock clock, JdbiContext db, JobRuns jobs) {
        if (config.smtp().isPresent()) {
            Config.Smtp smtp = config.smtp().get();
            SmtpMailer transport = new SmtpMailer(smtp.host(), smtp.port(), smtp.user(), smtp.password(), smtp.from(), clock);
            JdbiMailOutbox outbox = new JdbiMailOutbox(db, Clock.systemUTC());
            JobRuns.Job relayed = jobs.job("courriels");
            relay = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "courriels");
                thread.setDaemon(true);
                return thread;
            });
            relay.scheduleWithFixedDelay(() -> {
                try {
                    outbox.relay(transport::send);
                    relayed.succeeded();
                } catch (RuntimeException e) {
                    LOG.warn("Envoi des courriels en attente interrompu : {}", e.toString());
                }
            }, 0, RELAY_SECONDS, TimeUnit.SECONDS);
            mailer = outbox;
            this.outbox = Optional.of(outbox);
        } else {
            relay = null;
            outbox = Optional.empty();
            mailer = new OutboxMailer(config.dataDir().resolve("outbox"), OUTBOX_FROM, clock);
        }
    }

    Mailer mailer() {
        return mailer;
    }

    Executor afterAnswering() {
        return task -> afterAnswering.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Traitement après réponse en échec : {}", e.toString(), e);
            }
        });
    }

    /** Returns once every task handed over so far is done. */
    void settle() {
        try {
            afterAnswering.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails still waiting in the database (none when mails are files). */
    JdbiMailOutbox.Backlog backlog() {
        return outbox.map(JdbiMailOutbox::backlog).orElse(JdbiMailOutbox.Backlog.NONE);
    }

    /** Stops relaying; what is still waiting stays in the outbox for the next start. */
    @Override
    public void close() {
        afterAnswering.shutdown();
        try {
            afterAnswering.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (relay != null) {
            relay.shutdownNow();
        }
    }
}
