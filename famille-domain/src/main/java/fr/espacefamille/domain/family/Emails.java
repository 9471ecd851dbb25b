package fr.espacefamille.domain.family;

import java.util.regex.Pattern;

/**
 * The addresses the portal accepts: a plain {@code local@domain} in ASCII, the local part a dot-atom
 * (RFC 5322: no quotes, brackets, spaces or angle brackets) and a domain of at least two labels. Every
 * such address is one the mail library parses strictly as itself (its own test proves it), so that a
 * mail to an accepted address is never dropped. The real proof is still the mail reaching the person.
 */
public final class Emails {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern SHAPE = Pattern.compile("(?=[^@]{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

    private Emails() {
    }

    public static boolean looksValid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
    }
}
