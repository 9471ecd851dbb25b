package fr.espacefamille.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = Argon2PasswordHasher.OWASP;

    @Test
    void verifies_the_right_password_and_refuses_another() {
        String hash = hasher.hash("cheval-agrafe-pile-correcte");
        assertThat(hasher.matches("cheval-agrafe-pile-correcte", hash)).isTrue();
        assertThat(hasher.matches("cheval-agrafe-pile-correctE", hash)).isFalse();
    }

    @Test
    void writes_argon2id_with_owasp_parameters_and_a_fresh_salt() {
        String first = hasher.hash("même mot de passe");
        String second = hasher.hash("même mot de passe");
        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(first).doesNotContain("même");
    }

    @Test
    void verifies_hashes_made_with_other_parameters() {
        String weakerOldHash = new Argon2PasswordHasher(8 * 1024, 1, 1).hash("ancien mot de passe");
        assertThat(hasher.matches("ancien mot de passe", weakerOldHash)).isTrue();
    }

    @Test
    void refuses_malformed_hashes_without_throwing() {
        assertThat(hasher.matches("x", "n'importe quoi")).isFalse();
        assertThat(hasher.matches("x", "$argon2id$v=19$m=x,t=2,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches("x", "$argon2i$v=19$m=19456,t=2,p=1$AAAA$AAAA")).isFalse();
    }

    @Test
    void hashes_made_at_the_same_time_on_shared_memory_blocks_are_each_argon2id_of_their_own_password() throws Exception {
        Argon2PasswordHasher cheap = new Argon2PasswordHasher(64, 2, 1);
        ExecutorService crowd = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> hashes = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String password = "mot-de-passe-" + i;
                hashes.add(crowd.submit(() -> cheap.hash(password)));
            }
            for (int i = 0; i < hashes.size(); i++) {
                String hash = hashes.get(i).get();
                assertThat(hash).as("as a generator of its own computes it").endsWith("$" + alone("mot-de-passe-" + i, hash));
                assertThat(cheap.matches("mot-de-passe-" + i, hash)).isTrue();
                assertThat(cheap.matches("mot-de-passe-" + (i + 1), hash)).isFalse();
            }
        } finally {
            crowd.shutdown();
        }
    }

    /** The hash of {@code password} with the salt and parameters written in {@code hash}, by a generator with memory of its own. */
    private static String alone(String password, String hash) {
        String[] parts = hash.split("\\$");
        String[] parameters = parts[3].split(",");
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(Base64.getDecoder().decode(parts[4])).withMemoryAsKB(Integer.parseInt(parameters[0].substring(2)))
                .withIterations(Integer.parseInt(parameters[1].substring(2))).withParallelism(Integer.parseInt(parameters[2].substring(2))).build());
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    @Test
    void derives_as_many_at_once_as_processors_within_an_eighth_of_the_heap_and_one_at_least() {
        long mib = 1024 * 1024;
        assertThat(Argon2PasswordHasher.atOnce(19 * 1024, 512 * mib, 2)).isEqualTo(2);
        assertThat(Argon2PasswordHasher.atOnce(19 * 1024, 512 * mib, 16)).as("64 MiB: three of 19 MiB").isEqualTo(3);
        assertThat(Argon2PasswordHasher.atOnce(19 * 1024, 64 * mib, 4)).isEqualTo(1);
    }
}
