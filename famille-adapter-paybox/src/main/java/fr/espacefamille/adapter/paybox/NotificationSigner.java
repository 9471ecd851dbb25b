package fr.espacefamille.adapter.paybox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/** Signs notifications the way Paybox does, for the built-in simulator. */
public final class NotificationSigner {

    private final PrivateKey key;

    public NotificationSigner(PrivateKey key) {
        this.key = Objects.requireNonNull(key, "key");
        if (!"RSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("Paybox signs with RSA, got a " + key.getAlgorithm() + " key");
        }
    }

    /** The query string followed by {@code &sign=} and its URL-encoded Base64 RSA-SHA1 signature. */
    public String sign(String queryString) {
        Objects.requireNonNull(queryString, "queryString");
        if (queryString.isEmpty()) {
            throw new IllegalArgumentException("Nothing to sign: empty query string");
        }
        try {
            Signature signer = Signature.getInstance("SHA1withRSA");
            signer.initSign(key);
            signer.update(queryString.getBytes(StandardCharsets.UTF_8));
            String base64 = Base64.getEncoder().encodeToString(signer.sign());
            return queryString + "&sign=" + URLEncoder.encode(base64, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the simulator key", e);
        }
    }
}
