package fr.espacefamille.application.shared;

import java.util.Objects;

/** An outgoing e-mail, in French, as plain text and HTML. */
public record Mail(String to, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
