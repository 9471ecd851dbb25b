package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemPublicKeysTest {

    private static final Path PROVIDER_PEM = providerPem();

    @TempDir
    Path folder;

    @Test
    void reads_the_providers_rsa_1024_key() throws IOException {
        List<PublicKey> keys = PemPublicKeys.load(PROVIDER_PEM);

        assertThat(keys).singleElement().isInstanceOfSatisfying(RSAPublicKey.class, key -> {
            assertThat(key.getModulus().bitLength()).isEqualTo(1024);
            assertThat(key.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
        });
    }

    @Test
    void bundled_default_is_the_providers_key() throws IOException {
        assertThat(PemPublicKeys.providerDefault()).isEqualTo(PemPublicKeys.load(PROVIDER_PEM));
    }

    @Test
    void reads_every_key_of_a_file_in_order() throws Exception {
        KeyPair second = NotificationVerifierTest.rsa1024();
        String pem = Files.readString(PROVIDER_PEM) + "\n" + pem(second.getPublic());

        List<PublicKey> keys = PemPublicKeys.load(new StringReader(pem));

        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).isEqualTo(PemPublicKeys.load(PROVIDER_PEM).get(0));
        assertThat(keys.get(1)).isEqualTo(second.getPublic());
    }

    @Test
    void reads_a_pkcs1_rsa_public_key() throws Exception {
        KeyPair pair = NotificationVerifierTest.rsa1024();
        org.bouncycastle.asn1.pkcs.RSAPublicKey pkcs1 = new org.bouncycastle.asn1.pkcs.RSAPublicKey(
                ((RSAPublicKey) pair.getPublic()).getModulus(), ((RSAPublicKey) pair.getPublic()).getPublicExponent());
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("RSA PUBLIC KEY", pkcs1.getEncoded()));
        }
        assertThat(text.toString()).startsWith("-----BEGIN RSA PUBLIC KEY-----");

        assertThat(PemPublicKeys.load(new StringReader(text.toString()))).containsExactly(pair.getPublic());
    }

    @Test
    void skips_private_keys_beside_public_ones() throws Exception {
        KeyPair pair = NotificationVerifierTest.rsa1024();

        List<PublicKey> keys = PemPublicKeys.load(new StringReader(pem(pair.getPrivate()) + pem(pair.getPublic())));

        assertThat(keys).containsExactly(pair.getPublic());
    }

    @Test
    void says_clearly_when_a_file_holds_no_public_key() throws Exception {
        Path file = folder.resolve("empty.pem");
        Files.writeString(file, "this is not a key\n");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PemPublicKeys.load(file))
                .withMessageContaining("No public key found in " + file)
                .withMessageContaining("BEGIN PUBLIC KEY");
    }

    @Test
    void says_clearly_when_a_pem_block_is_corrupt() {
        String corrupt = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSq\n-----END PUBLIC KEY-----\n";

        assertThatThrownBy(() -> PemPublicKeys.load(new StringReader(corrupt)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Cannot read PEM public keys");
    }

    /** The copy of the provider's key in the test resources, independent of the bundled one. */
    static Path providerPem() {
        try {
            return Path.of(PemPublicKeysTest.class.getResource("/paybox-public-key.pem").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object key) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(key);
        }
        return text.toString();
    }
}
