package fr.espacefamille.adapter.paybox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Reads the public keys of a PEM file, such as the provider's notification key. */
public final class PemPublicKeys {

    /** The provider's key shipped with the adapter (RSA-1024, from the Paybox manual). */
    public static final String PROVIDER_KEY_RESOURCE = "paybox-public-key.pem";

    private PemPublicKeys() {
    }

    /**
     * Every public key of the file: {@code PUBLIC KEY}, {@code RSA PUBLIC KEY} and the key of a
     * {@code CERTIFICATE}; other blocks are skipped.
     *
     * @throws IllegalArgumentException when the file holds no public key
     */
    public static List<PublicKey> load(Path pemFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(pemFile, StandardCharsets.US_ASCII)) {
            return load(reader, pemFile.toString());
        }
    }

    public static List<PublicKey> load(Reader pem) throws IOException {
        return load(pem, "the PEM text");
    }

    /** The provider's key bundled in this jar. */
    public static List<PublicKey> providerDefault() {
        try (InputStream in = PemPublicKeys.class.getResourceAsStream(PROVIDER_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + PROVIDER_KEY_RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.US_ASCII), PROVIDER_KEY_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled " + PROVIDER_KEY_RESOURCE, e);
        }
    }

    private static List<PublicKey> load(Reader pem, String source) throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        List<PublicKey> keys = new ArrayList<>();
        PEMParser parser = new PEMParser(pem);
        try {
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                if (block instanceof SubjectPublicKeyInfo info) {
                    keys.add(converter.getPublicKey(info));
                } else if (block instanceof X509CertificateHolder certificate) {
                    keys.add(converter.getPublicKey(certificate.getSubjectPublicKeyInfo()));
                }
            }
        } catch (IOException e) {
            throw new IOException("Cannot read PEM public keys from " + source + ": " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No public key found in " + source
                    + ": expected a '-----BEGIN PUBLIC KEY-----' block");
        }
        return List.copyOf(keys);
    }
}
