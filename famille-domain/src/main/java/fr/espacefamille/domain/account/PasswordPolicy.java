package fr.espacefamille.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password rule of Espace Famille.
 *
 * <p>A password is refused when it has fewer than {@value #MIN_LENGTH} characters (counted as
 * Unicode code points), when it contains the username (ignoring case), or when its
 * {@linkplain #normalise(String) normalised form} is one of the common passwords this policy was
 * built with.
 *
 * <p>Immutable and thread-safe.
 */
public final class PasswordPolicy {

    /** Minimum number of characters (Unicode code points). */
    public static final int MIN_LENGTH = 12;

    static final String TOO_SHORT =
            "Le mot de passe doit contenir au moins " + MIN_LENGTH + " caractères.";
    static final String CONTAINS_USERNAME =
            "Le mot de passe ne doit pas contenir votre identifiant.";
    static final String TOO_COMMON =
            "Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.";

    private final Set<String> commonPasswords;

    /**
     * @param commonPasswords the common passwords, normally already normalised; each entry is
     *     normalised again here, and entries that become empty are ignored
     */
    public PasswordPolicy(Set<String> commonPasswords) {
        Objects.requireNonNull(commonPasswords, "commonPasswords");
        this.commonPasswords = commonPasswords.stream()
                .map(PasswordPolicy::normalise)
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The form in which passwords are compared with the list: lower-cased, then with every
     * trailing character that is not a letter removed ({@code "Motdepasse2024!"} gives
     * {@code "motdepasse"}).
     */
    public static String normalise(String password) {
        String lower = Objects.requireNonNull(password, "password").toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0) {
            int codePoint = lower.codePointBefore(end);
            if (Character.isLetter(codePoint)) {
                break;
            }
            end -= Character.charCount(codePoint);
        }
        return lower.substring(0, end);
    }

    /**
     * @param password the candidate password ({@code null} is treated as empty)
     * @param username the account's username; ignored when {@code null} or blank
     * @return empty when the password is acceptable, otherwise the reason, in French, for the user
     */
    public Optional<String> weakness(String password, String username) {
        String candidate = password == null ? "" : password;
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(CONTAINS_USERNAME);
        }
        if (commonPasswords.contains(normalise(candidate))) {
            return Optional.of(TOO_COMMON);
        }
        return Optional.empty();
    }

    /** Number of distinct common passwords this policy refuses. */
    public int commonPasswordCount() {
        return commonPasswords.size();
    }
}
