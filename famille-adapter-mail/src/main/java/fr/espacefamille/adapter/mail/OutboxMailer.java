package fr.espacefamille.adapter.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * Without an SMTP server, each mail is written as an {@code .eml} file into the outbox folder,
 * named so that they sort by time; any mail program opens them. A mail that cannot be written is
 * logged and dropped: the change that caused it stays done.
 */
public final class OutboxMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path outbox;
    private final String from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    /** Keeps the order of mails written within one clock tick (a frozen demo clock never ticks). */
    private final AtomicLong sequence = new AtomicLong();

    public OutboxMailer(Path outbox, String from, Clock clock) {
        this.outbox = outbox;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        try {
            Files.createDirectories(outbox, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            String name = STAMP.format(clock.instant()) + "-" + String.format("%06d", sequence.incrementAndGet()) + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            Path partial = outbox.resolve(name + ".part");
            // owner-only: a mail may hold a live reset link
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeMails.message(session, from, mail, clock.instant()).writeTo(out);
            }
            // renamed once complete, so that whoever watches the folder never reads half a mail
            Path file = Files.move(partial, outbox.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Courriel « {} » déposé dans {}", mail.subject(), file);
        } catch (IOException | MessagingException e) {
            LOG.warn("Courriel « {} » non déposé dans {} : {}", mail.subject(), outbox, e.toString());
        }
    }
}
