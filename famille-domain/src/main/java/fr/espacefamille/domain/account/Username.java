package fr.espacefamille.domain.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A sign-in name: 3 to 64 letters, digits, {@code . - _ @}; unique case-insensitively. */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    public Username {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "L'identifiant doit compter de 3 à 64 caractères : lettres, chiffres, « . », « - », « _ » ou « @ »");
        }
    }

    public static Optional<Username> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new Username(text)) : Optional.empty();
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
