package fr.espacefamille.adapter.paybox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the RSA-SHA1 signature Paybox puts at the end of a notification. It works on the raw
 * query string exactly as received: re-encoding parsed parameters changes characters such as
 * {@code @} or {@code ,} and breaks genuine signatures.
 */
public final class NotificationVerifier {

    private static final String SIGN_PARAMETER = "&sign=";

    private final List<PublicKey> keys;

    /** Several keys are allowed so that a provider key rotation needs no redeployment. */
    public NotificationVerifier(List<PublicKey> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one public key is needed to verify notifications");
        }
        for (PublicKey key : keys) {
            if (!"RSA".equals(Objects.requireNonNull(key, "key").getAlgorithm())) {
                throw new IllegalArgumentException("Paybox signs with RSA, got a " + key.getAlgorithm() + " key");
            }
        }
        this.keys = List.copyOf(keys);
    }

    /**
     * True when one of the keys verifies the signature; false for a missing or malformed one, and
     * for anything after it: {@code sign} is the last variable Paybox sends, and what follows it is
     * signed by no one yet would be read as a variable ({@code …&sign=…&auto=123456}).
     */
    public boolean verifies(String rawQueryString) {
        if (rawQueryString == null) {
            return false;
        }
        int signAt = rawQueryString.indexOf(SIGN_PARAMETER);
        if (signAt <= 0) {
            return false;
        }
        byte[] data = rawQueryString.substring(0, signAt).getBytes(StandardCharsets.UTF_8);
        String encoded = rawQueryString.substring(signAt + SIGN_PARAMETER.length());
        if (encoded.indexOf('&') >= 0) {
            return false;
        }
        Optional<byte[]> signature = percentDecode(encoded).flatMap(NotificationVerifier::base64Decode);
        return signature.isPresent() && keys.stream().anyMatch(key -> verifies(key, data, signature.get()));
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA1withRSA");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A signature of the wrong length for this key, for instance: not this key's signature.
            return false;
        }
    }

    /**
     * Decodes only {@code %XX}: a {@code +} is a Base64 character here, not a space, since Paybox
     * may send it unencoded.
     */
    static Optional<String> percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.US_ASCII));
    }

    private static Optional<byte[]> base64Decode(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
