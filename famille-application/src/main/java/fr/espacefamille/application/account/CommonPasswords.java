package fr.espacefamille.application.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.domain.account.PasswordPolicy;
import fr.espacefamille.domain.shared.Refusal;

/** The password policy built from the shipped list of the 10,000 most common passwords. */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";

    private CommonPasswords() {
    }

    public static PasswordPolicy policy() {
        return Holder.POLICY;
    }

    /** WEAK_PASSWORD with the policy's French reason, or empty when the password is acceptable. */
    public static Optional<Refusal> weakPassword(String password, String username) {
        return policy().weakness(password, username).map(reason -> Refusal.rule("WEAK_PASSWORD", reason));
    }

    /** Loaded once, on first use. */
    private static final class Holder {
        static final PasswordPolicy POLICY = new PasswordPolicy(load());
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
