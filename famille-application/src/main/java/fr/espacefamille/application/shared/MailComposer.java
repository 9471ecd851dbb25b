package fr.espacefamille.application.shared;

import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Town;

/**
 * Writes a French mail once and gets it both as plain text and as HTML (escaped), signed by the
 * town hall of the configured {@link Town}, so that every mail of the portal looks the same; the
 * subject and paragraphs are typeset ({@link FrenchText#typeset}: non-breaking spaces before
 * « : ; ? ! » and inside « »).
 */
public final class MailComposer {

    private final String subject;
    private final String signature;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    private MailComposer(Town town, String subject) {
        this.subject = FrenchText.typeset(subject);
        this.signature = town.mailSignature();
    }

    /** A mail of {@code town}'s town hall. */
    public static MailComposer subject(Town town, String subject) {
        return new MailComposer(town, subject);
    }

    public MailComposer paragraph(String written) {
        String paragraph = FrenchText.typeset(written);
        text.append(paragraph).append("\n\n");
        html.append("<p>").append(escape(paragraph)).append("</p>\n");
        return this;
    }

    /** A link, written out in full in the text version. */
    public MailComposer link(String label, String url) {
        text.append(url).append("\n\n");
        html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a></p>\n");
        return this;
    }

    public Mail to(String address) {
        String plain = text + "-- \n" + signature + "\n";
        String page = "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head>\n<body>\n" + html + "<p>— <br>" + escape(signature) + "</p>\n</body></html>\n";
        return new Mail(address, subject, plain, page);
    }

    static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
