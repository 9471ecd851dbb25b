package fr.espacefamille.adapter.mail;

import java.time.Clock;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * Sends mail through an SMTP server with Angus Mail: STARTTLS when the server offers it, login
 * when a user is configured, short timeouts. A mail the server did not accept throws
 * {@link NotSent}, so that the outbox that feeds this mailer tries it again later.
 */
public final class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final String user;
    private final String password;
    private final String from;
    private final Clock clock;

    /** {@code user} null: no authentication. */
    public SmtpMailer(String host, int port, String user, String password, String from, Clock clock) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user != null));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
        this.user = user;
        this.password = password;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        try {
            var message = MimeMails.message(session, from, mail, clock.instant());
            if (user != null) {
                Transport.send(message, user, password);
            } else {
                Transport.send(message);
            }
            LOG.info("Courriel « {} » envoyé", mail.subject());
        } catch (MessagingException e) {
            // the text may hold a reset link: only the subject and the server's answer are logged
            LOG.warn("Courriel « {} » non envoyé : {}", mail.subject(), e.toString());
            throw new NotSent(e.toString());
        }
    }

    /** The server did not take the mail; the message says why, never what the mail holds. */
    public static final class NotSent extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotSent(String reason) {
            super(reason);
        }
    }
}
