package fr.espacefamille.application.inmemory;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import fr.espacefamille.application.account.PasswordHasher;
import fr.espacefamille.application.shared.Secrets;

/**
 * A {@link PasswordHasher} on the JDK's PBKDF2, for in-memory use and tests; the real application
 * uses Argon2id. Few iterations by default so that tests stay fast.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    private final int iterations;

    public Pbkdf2PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public Pbkdf2PasswordHasher() {
        this(1_000);
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[16];
        Secrets.random().nextBytes(salt);
        return "pbkdf2$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
    }

    @Override
    public boolean matches(String password, String hash) {
        String[] parts = hash.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2")) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
