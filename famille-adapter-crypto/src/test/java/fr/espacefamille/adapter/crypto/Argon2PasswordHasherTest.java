package fr.espacefamille.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

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
}
