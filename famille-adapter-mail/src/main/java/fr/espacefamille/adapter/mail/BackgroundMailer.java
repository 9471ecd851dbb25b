package fr.espacefamille.adapter.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;

/**
 * Hands mail to another mailer on one background thread, in order: a slow or unreachable SMTP
 * server never holds a request up, and the time an answer takes does not tell whether a mail was
 * sent (a reset asked for an unknown login answers as fast as for a known one).
 */
public final class BackgroundMailer implements Mailer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundMailer.class);
    private static final long DRAIN_SECONDS = 30;

    private final Mailer delegate;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "courriels");
        thread.setDaemon(true);
        return thread;
    });

    public BackgroundMailer(Mailer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void send(Mail mail) {
        worker.execute(() -> {
            try {
                delegate.send(mail);
            } catch (RuntimeException e) {
                LOG.warn("Courriel « {} » non envoyé : {}", mail.subject(), e.toString());
            }
        });
    }

    /** Sends what is queued (for a while at most) and stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Des courriels en attente n'ont pas été envoyés avant l'arrêt");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
