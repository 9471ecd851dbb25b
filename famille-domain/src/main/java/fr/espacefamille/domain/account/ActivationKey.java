package fr.espacefamille.domain.account;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The activation key (clé espace citoyens/enfance) a guardian uses once to create an account:
 * 12 characters from an alphabet without look-alikes (no 0/O/1/I/L), shown {@code XXXX-XXXX-XXXX},
 * read case-insensitively with or without dashes, valid until the end of the 90th day after issue.
 */
public record ActivationKey(String value) {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 12;
    public static final int VALIDITY_DAYS = 90;

    public ActivationKey {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Une clé d'activation compte 12 caractères de l'alphabet sans ambiguïté");
        }
    }

    /** A new key; {@code random} must be a cryptographically strong generator in production. */
    public static ActivationKey generate(RandomGenerator random) {
        StringBuilder key = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ActivationKey(key.toString());
    }

    /** The key typed by a person, or empty when it cannot be a key (never an exception). */
    public static Optional<ActivationKey> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String compact = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new ActivationKey(compact));
    }

    /** The last day on which a key issued on {@code issuedOn} still works (Europe/Paris). */
    public static LocalDate expiresOn(LocalDate issuedOn) {
        return issuedOn.plusDays(VALIDITY_DAYS);
    }

    /** True while a key that expires on {@code expiresOn} still works on {@code today}: until the end of that day. */
    public static boolean stillValidOn(LocalDate expiresOn, LocalDate today) {
        return !today.isAfter(expiresOn);
    }

    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
