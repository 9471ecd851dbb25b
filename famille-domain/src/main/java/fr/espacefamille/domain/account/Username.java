package fr.espacefamille.domain.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.espacefamille.domain.family.Emails;

/**
 * A sign-in name: 3 to 64 letters, digits, {@code . - _ @}; unique case-insensitively. A new one
 * may not look like an e-mail address: since people sign in with a username or an email, a
 * username equal to someone's email would capture their sign-ins and password resets.
 */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    public Username {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "L'identifiant doit compter de 3 à 64 caractères : lettres, chiffres, « . », « - », « _ » ou « @ »");
        }
    }

    /**
     * A username chosen now (activation, sign-up, a new agent): empty when malformed or shaped like an
     * e-mail address. The constructor alone accepts the latter, for accounts stored before this rule.
     */
    public static Optional<Username> parse(String text) {
        return text != null && FORM.matcher(text).matches() && !Emails.looksValid(text)
                ? Optional.of(new Username(text)) : Optional.empty();
    }

    /** The form under which uniqueness is checked. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
