package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The mails a test portal wrote to {@code <data>/outbox/}, as a person's mail program would read them. */
final class Outbox {

    /** One mail: to whom, its subject, its plain text. */
    record Sent(String to, String subject, String text) {

        /** The token of the reset link in the text. */
        String resetToken() {
            return token("/mot-de-passe/reinitialiser");
        }

        /** The token of the link to {@code path} in the text. */
        String token(String path) {
            Matcher link = Pattern.compile(Pattern.quote(path + "?token=") + "([A-Za-z0-9_-]+)").matcher(text);
            if (!link.find()) {
                throw new IllegalStateException("no " + path + " link in: " + text);
            }
            return link.group(1);
        }
    }

    private Outbox() {
    }

    /** The mails to {@code address}, oldest first. */
    static List<Sent> to(TestPortal portal, String address) {
        return all(portal).stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /** The token of the latest reset link mailed to {@code address}. */
    static String lastResetToken(TestPortal portal, String address) {
        List<Sent> resets = to(portal, address).stream().filter(mail -> mail.text().contains("/mot-de-passe/reinitialiser")).toList();
        if (resets.isEmpty()) {
            throw new IllegalStateException("no reset link mailed to " + address);
        }
        return resets.get(resets.size() - 1).resetToken();
    }

    /** The token of the latest email-confirmation link mailed to {@code address}. */
    static String lastConfirmationToken(TestPortal portal, String address) {
        List<Sent> mails = to(portal, address).stream().filter(mail -> mail.text().contains("/compte/confirmer")).toList();
        if (mails.isEmpty()) {
            throw new IllegalStateException("no confirmation link mailed to " + address);
        }
        return mails.get(mails.size() - 1).token("/compte/confirmer");
    }

    static List<Sent> all(TestPortal portal) {
        portal.settle();
        Path outbox = portal.dataDir().resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().map(Outbox::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sent read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Multipart parts = (Multipart) message.getContent();
            return new Sent(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    (String) parts.getBodyPart(0).getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
