package fr.espacefamille.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import fr.espacefamille.application.shared.Mail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** A {@link Mail} as a MIME message: multipart/alternative, plain text then HTML, both UTF-8. */
final class MimeMails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMails() {
    }

    static MimeMessage message(Session session, String from, Mail mail, Instant sentAt) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(sentAt));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        // the last part is the richest: mail readers show it when they can
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
