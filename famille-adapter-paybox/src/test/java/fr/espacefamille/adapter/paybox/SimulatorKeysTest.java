package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorKeysTest {

    @TempDir
    Path folder;

    @Test
    void generates_an_rsa_1024_pair_at_first_use_and_keeps_it_as_pem() throws IOException {
        Path keys = folder.resolve("paybox");

        KeyPair pair = SimulatorKeys.loadOrCreate(keys);

        assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(1024);
        assertThat(Files.readString(keys.resolve(SimulatorKeys.PRIVATE_KEY_FILE))).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(PemPublicKeys.load(keys.resolve(SimulatorKeys.PUBLIC_KEY_FILE))).containsExactly(pair.getPublic());
        try (var files = Files.list(keys)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(SimulatorKeys.PRIVATE_KEY_FILE, SimulatorKeys.PUBLIC_KEY_FILE);
        }
    }

    @Test
    void persisted_and_reloaded_keys_sign_and_verify() throws IOException {
        KeyPair first = SimulatorKeys.loadOrCreate(folder);
        String notification = new NotificationSigner(first.getPrivate())
                .sign("montant=4250&ref=A1&auto=XXXXXX&appel=1&trans=2&erreur=00000");

        KeyPair reloaded = SimulatorKeys.loadOrCreate(folder);

        assertThat(reloaded.getPublic()).isEqualTo(first.getPublic());
        assertThat(reloaded.getPrivate()).isEqualTo(first.getPrivate());
        assertThat(new NotificationVerifier(List.of(reloaded.getPublic())).verifies(notification)).isTrue();
        String resigned = new NotificationSigner(reloaded.getPrivate())
                .sign("montant=100&ref=A2&erreur=00001");
        assertThat(new NotificationVerifier(PemPublicKeys.load(folder.resolve(SimulatorKeys.PUBLIC_KEY_FILE)))
                .verifies(resigned)).isTrue();
    }

    @Test
    void refuses_a_private_key_file_that_holds_no_key() throws IOException {
        Files.writeString(folder.resolve(SimulatorKeys.PRIVATE_KEY_FILE), "garbage\n");

        assertThatThrownBy(() -> SimulatorKeys.loadOrCreate(folder))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("delete the file");
    }

    @Test
    void signer_appends_an_url_encoded_base64_signature() throws IOException {
        KeyPair pair = SimulatorKeys.loadOrCreate(folder);

        String signed = new NotificationSigner(pair.getPrivate()).sign("montant=100&ref=A1&erreur=00000");

        assertThat(signed).startsWith("montant=100&ref=A1&erreur=00000&sign=");
        String signature = signed.substring(signed.indexOf("&sign=") + 6);
        assertThat(signature).matches("[A-Za-z0-9%]+").doesNotContain("+", "/", "=");
        assertThatIllegalArgumentException().isThrownBy(() -> new NotificationSigner(pair.getPrivate()).sign(""));
    }
}
