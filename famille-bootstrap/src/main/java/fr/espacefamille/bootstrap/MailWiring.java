package fr.espacefamille.bootstrap;

import java.time.Clock;

import fr.espacefamille.adapter.mail.BackgroundMailer;
import fr.espacefamille.adapter.mail.OutboxMailer;
import fr.espacefamille.adapter.mail.SmtpMailer;
import fr.espacefamille.application.shared.Mailer;

/**
 * Outgoing mail: through the configured SMTP server, on a background thread so that no request
 * waits for it; without one, each mail becomes an {@code .eml} file in {@code <data>/outbox/}.
 */
final class MailWiring implements AutoCloseable {

    /** The sender of the mails written to the outbox. */
    static final String OUTBOX_FROM = "Espace Famille <espace-famille@localhost>";

    private final Mailer mailer;
    private final BackgroundMailer background;

    MailWiring(Config config, Clock clock) {
        if (config.smtp().isPresent()) {
            Config.Smtp smtp = config.smtp().get();
            background = new BackgroundMailer(new SmtpMailer(smtp.host(), smtp.port(), smtp.user(), smtp.password(),
                    smtp.from(), clock));
            mailer = background;
        } else {
            background = null;
            mailer = new OutboxMailer(config.dataDir().resolve("outbox"), OUTBOX_FROM, clock);
        }
    }

    Mailer mailer() {
        return mailer;
    }

    /** Sends what is still queued. */
    @Override
    public void close() {
        if (background != null) {
            background.close();
        }
    }
}
