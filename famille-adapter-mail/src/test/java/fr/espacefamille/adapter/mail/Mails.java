package fr.espacefamille.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.domain.shared.Town;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A French mail to send in tests, and the checks that it arrived whole. */
final class Mails {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-07T06:00:00Z"), ZoneId.of("Europe/Paris"));
    static final String FROM = "Espace Famille <espace-famille@mairie-donges.example.fr>";

    private Mails() {
    }

    static Mail reset() {
        return MailComposer.subject(Town.DONGES, "Espace Famille : réinitialisation de votre mot de passe « à bientôt »")
                .paragraph("Bonjour Hélène, votre identifiant est : helene.n — « à bientôt ».")
                .link("Choisir un nouveau mot de passe", "https://famille.example.fr/mot-de-passe/reinitialiser?token=abc&x=1")
                .to("helene@example.fr");
    }

    static MimeMessage parse(InputStream eml) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), eml);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The message is multipart/alternative with the plain text then the HTML, both UTF-8, with the
     * French intact; the subject, typeset with non-breaking spaces, travels as RFC 2047 encoded words.
     */
    static void assertWhole(MimeMessage message, Mail sent) {
        try {
            assertThat(sent.subject()).as("typeset").contains("Famille\u00a0: ", "«\u00a0à bientôt\u00a0»");
            String header = message.getHeader("Subject", null);
            assertThat(header).as("only ASCII on the wire").matches("[\\x20-\\x7e\\r\\n\\t]+").startsWith("=?UTF-8?");
            assertThat(message.getSubject()).isEqualTo(sent.subject());
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(sent.to());
            assertThat(message.getFrom()).extracting(Object::toString).containsExactly(
                    "Espace Famille <espace-famille@mairie-donges.example.fr>");
            assertThat(message.getContentType()).startsWith("multipart/alternative");
            Multipart parts = (Multipart) message.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            Part text = parts.getBodyPart(0);
            Part html = parts.getBodyPart(1);
            assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
            assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(sent.text());
            assertThat(((String) html.getContent()).replace("\r\n", "\n")).isEqualTo(sent.html());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
