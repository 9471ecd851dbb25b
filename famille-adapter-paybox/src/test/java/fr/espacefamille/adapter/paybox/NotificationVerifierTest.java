package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NotificationVerifierTest {

    /** Vectors from PAYBOX.md: notifications really signed by the provider. */
    @Nested
    class ProviderSignedNotifications {

        private static final String DATA_1 = "Mt=1000&Ref=CMD1349338388&Auto=XXXXXX&Erreur=00000";
        private static final String BASE64_1 =
                "QnhlnuOpcbfUruOU7kKG/ZmDPsDzM31VrpMIObQomYwEE/afhJiDPkWVN9+r3JVFXBsFnqo3VlOVzxQVVahXpF7eWiJoAe5LcIoqSvms96SFFv9LfndS/3zAO5fF/tR4Us3rOSUwT1Hs2AS17R3B9ATwBMhKt1l3DPw9hClpFw0=";
        private static final String DATA_2 = "Mt=8160&Ref=COM000000117T1402932051&Erreur=00004";
        private static final String SIGN_2 =
                "j2OZPEE0gKc%2BD34u2QkpBUR3VQyd9zYhpewHS6IZ1vjdiuGvC01irSBb2taQblYQ3RXI0DkmgIgdFY8ywW6NOdWx1vH%2B1c3GSZX2MhMqlonpfElUAN%2FlzYNH%2Ftw%2BntQLvzO2HBPobCLNUERqKrFqU9dSAvAYagXNdjpU%2BXPzPgI%3D";
        private static final String DATA_3 = "Mt=100&Id=45&Erreur=00114";
        private static final String SIGN_3 =
                "opPlzAadVvCor99yZ8oj2NHmE0eAxXkmCZ80C%2BYW8htpF7Wf6krYYFjc1pQnvYHcW7vp3ta3p8Gfh7gAaR6WDOnhe1Xzm39whk11%2BShieXbQCnEKXot4aGkpodxi1cHutXBhh1IBQOLgq1IVM%2BaV9PUeTI%2FGFruSDnA1TExDHZE%3D";

        private final NotificationVerifier verifier;

        ProviderSignedNotifications() throws IOException {
            verifier = new NotificationVerifier(PemPublicKeys.load(PemPublicKeysTest.providerPem()));
        }

        @Test
        void accepts_real_provider_notification() {
            assertThat(verifier.verifies(DATA_1 + "&sign=" + URLEncoder.encode(BASE64_1, StandardCharsets.UTF_8))).isTrue();
        }

        @Test
        void accepts_real_refusal_notifications() {
            assertThat(verifier.verifies(DATA_2 + "&sign=" + SIGN_2)).isTrue();
            assertThat(verifier.verifies(DATA_3 + "&sign=" + SIGN_3)).isTrue();
        }

        /** Percent-decoding only: a raw {@code +} stays a Base64 {@code +}, {@code /} stays {@code /}. */
        @Test
        void accepts_a_signature_sent_as_plain_base64() {
            assertThat(verifier.verifies(DATA_1 + "&sign=" + BASE64_1)).isTrue();
        }

        /** A decoder that turned {@code +} into a space would refuse genuine notifications. */
        @Test
        void refuses_a_signature_whose_plus_signs_were_read_as_spaces() {
            assertThat(verifier.verifies(DATA_1 + "&sign=" + BASE64_1.replace('+', ' '))).isFalse();
        }

        @Test
        void refuses_tampered_reference() {
            String tampered = DATA_1.replace("CMD1349338388", "CMD1349338389");

            assertThat(verifier.verifies(tampered + "&sign=" + URLEncoder.encode(BASE64_1, StandardCharsets.UTF_8))).isFalse();
        }

        @Test
        void refuses_a_genuine_signature_over_other_data() {
            assertThat(verifier.verifies(DATA_3 + "&sign=" + SIGN_2)).isFalse();
        }

        @Test
        void bundled_provider_key_verifies_real_notifications() {
            NotificationVerifier bundled = new NotificationVerifier(PemPublicKeys.providerDefault());

            assertThat(bundled.verifies(DATA_2 + "&sign=" + SIGN_2)).isTrue();
        }
    }

    /** Notifications signed with a key pair made for the test, as the simulator does. */
    @Nested
    class LocallySignedNotifications {

        private static final String DATA =
                "montant=4250&ref=F2026-09-0042_A1&auto=XXXXXX&appel=12345&trans=67890&erreur=00000";

        @Test
        void accepts_valid_signature() {
            assertThat(verifierOf(pair).verifies(signed(DATA, pair))).isTrue();
        }

        @Test
        void refuses_tampered_amount() {
            String query = signed(DATA, pair).replace("montant=4250", "montant=1");

            assertThat(verifierOf(pair).verifies(query)).isFalse();
        }

        @Test
        void refuses_tampered_reference() {
            String query = signed(DATA, pair).replace("ref=F2026-09-0042_A1", "ref=F2026-09-0043_A1");

            assertThat(verifierOf(pair).verifies(query)).isFalse();
        }

        @Test
        void refuses_missing_signature() {
            NotificationVerifier verifier = verifierOf(pair);

            assertThat(verifier.verifies(DATA)).isFalse();
            assertThat(verifier.verifies(DATA + "&sign=")).isFalse();
            assertThat(verifier.verifies("")).isFalse();
            assertThat(verifier.verifies(null)).isFalse();
            assertThat(verifier.verifies("sign=" + signatureOf(signed(DATA, pair)))).isFalse();
        }

        @Test
        void refuses_malformed_signature_without_throwing() {
            NotificationVerifier verifier = verifierOf(pair);

            assertThat(verifier.verifies(DATA + "&sign=not*base64")).isFalse();
            assertThat(verifier.verifies(DATA + "&sign=abc%2")).isFalse();
            assertThat(verifier.verifies(DATA + "&sign=abc%ZZ")).isFalse();
            assertThat(verifier.verifies(DATA + "&sign=QUJD")).isFalse();
            assertThat(verifier.verifies(DATA + "&sign=é")).isFalse();
        }

        @Test
        void accepts_a_signature_containing_encoded_plus_and_slash() {
            String query = signedWithPlusAndSlash(pair);

            assertThat(signatureOf(query)).contains("%2B", "%2F");
            assertThat(verifierOf(pair).verifies(query)).isTrue();
        }

        @Test
        void refuses_anything_after_the_signature() {
            assertThat(verifierOf(pair).verifies(signed(DATA, pair))).isTrue();
            assertThat(verifierOf(pair).verifies(signed(DATA, pair) + "&auto=123456")).isFalse();
            assertThat(verifierOf(pair).verifies(signed(DATA, pair) + "&")).isFalse();
        }

        @Test
        void verifies_the_raw_text_not_decoded_values() {
            String encoded = "montant=100&ref=A1&porteur=marie%40example.fr&erreur=00000";
            String query = signed(encoded, pair);

            assertThat(verifierOf(pair).verifies(query)).isTrue();
            assertThat(verifierOf(pair).verifies(query.replace("%40", "@"))).isFalse();
        }

        @Test
        void accepts_a_notification_signed_by_any_configured_key() throws Exception {
            KeyPair rotated = rsa1024();
            NotificationVerifier verifier = new NotificationVerifier(List.of(pair.getPublic(), rotated.getPublic()));

            assertThat(verifier.verifies(signed(DATA, rotated))).isTrue();
            assertThat(verifier.verifies(signed(DATA, pair))).isTrue();
            assertThat(verifierOf(pair).verifies(signed(DATA, rotated))).isFalse();
        }

        private String signedWithPlusAndSlash(KeyPair keys) {
            // A PKCS#1 v1.5 signature is deterministic: vary the data until it holds both characters.
            for (int i = 0; i < 1000; i++) {
                String query = signed(DATA + "&n=" + i, keys);
                String signature = signatureOf(query);
                if (signature.contains("%2B") && signature.contains("%2F")) {
                    return query;
                }
            }
            throw new AssertionError("No signature with both + and / in 1000 tries");
        }
    }

    private static KeyPair pair;

    @BeforeAll
    static void generateKeyPair() throws Exception {
        pair = rsa1024();
    }

    static KeyPair rsa1024() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair();
    }

    private static NotificationVerifier verifierOf(KeyPair keys) {
        return new NotificationVerifier(List.<PublicKey>of(keys.getPublic()));
    }

    private static String signed(String data, KeyPair keys) {
        return new NotificationSigner(keys.getPrivate()).sign(data);
    }

    private static String signatureOf(String query) {
        return query.substring(query.indexOf("&sign=") + "&sign=".length());
    }
}
