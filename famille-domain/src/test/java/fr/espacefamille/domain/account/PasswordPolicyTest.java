package fr.espacefamille.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The password rules (SPEC §1): length, common passwords and the username, on a given list of common passwords. */
class PasswordPolicyTest {

    /** A few of the shipped list's entries: the rules do not depend on which list the town ships. */
    private final PasswordPolicy policy = new PasswordPolicy(Set.of("motdepasse", "azertyuiop", "password", "soleil"));

    // --- common passwords ---

    @Test
    void refuses_Motdepasse2024_as_common() {
        assertThat(policy.weakness("Motdepasse2024!", "jdupont")).contains(PasswordPolicy.TOO_COMMON);
    }

    @Test
    void refuses_azertyuiop123() {
        assertThat(policy.weakness("azertyuiop123", "jdupont")).contains(PasswordPolicy.TOO_COMMON);
    }

    @Test
    void refuses_a_common_english_password_padded_with_digits_and_symbols() {
        assertThat(policy.weakness("Password123456!!", null)).contains(PasswordPolicy.TOO_COMMON);
    }

    @Test
    void accepts_a_long_random_passphrase() {
        assertThat(policy.weakness("cheval-agrafe-lune-tisane", "jdupont")).isEmpty();
        assertThat(policy.weakness("Tq7#vLp2!xRm9$", "jdupont")).isEmpty();
    }

    @Test
    void accepts_a_common_word_when_letters_follow_it() {
        // only TRAILING digits and symbols are removed: "soleil" + more words is not "soleil"
        assertThat(policy.weakness("soleil2024levant", "jdupont")).isEmpty();
    }

    // --- length ---

    @Test
    void refuses_a_password_shorter_than_12_characters() {
        assertThat(policy.weakness("Xk9#pLm2!qR", "jdupont")).contains(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void refuses_null_and_empty_passwords_as_too_short() {
        assertThat(policy.weakness(null, "jdupont")).contains(PasswordPolicy.TOO_SHORT);
        assertThat(policy.weakness("", "jdupont")).contains(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void counts_code_points_not_chars() {
        PasswordPolicy noList = new PasswordPolicy(Set.of());
        String sixEmoji = "😀😀😀😀😀😀"; // 12 chars (surrogate pairs) but 6 code points
        assertThat(sixEmoji).hasSize(12);
        assertThat(noList.weakness(sixEmoji, null)).contains(PasswordPolicy.TOO_SHORT);

        String twelveCodePoints = "éléphant🐘🐘🐘🐘"; // 12 code points, 16 chars
        assertThat(noList.weakness(twelveCodePoints, null)).isEmpty();
    }

    // --- username ---

    @Test
    void refuses_password_containing_username_case_insensitively() {
        assertThat(policy.weakness("Vacances-JDupont-ete", "jdupont")).contains(PasswordPolicy.CONTAINS_USERNAME);
        assertThat(policy.weakness("vacances-jdupont-ete", "JDupont")).contains(PasswordPolicy.CONTAINS_USERNAME);
    }

    @Test
    void ignores_a_blank_or_missing_username() {
        assertThat(policy.weakness("cheval-agrafe-lune-tisane", " ")).isEmpty();
        assertThat(policy.weakness("cheval-agrafe-lune-tisane", "")).isEmpty();
        assertThat(policy.weakness("cheval-agrafe-lune-tisane", null)).isEmpty();
    }

    // --- normalisation ---

    @Test
    void normalise_lower_cases_and_strips_trailing_digits_and_symbols() {
        assertThat(PasswordPolicy.normalise("Motdepasse2024!")).isEqualTo("motdepasse");
        assertThat(PasswordPolicy.normalise("azertyuiop123")).isEqualTo("azertyuiop");
        assertThat(PasswordPolicy.normalise("a1b2c3!?")).isEqualTo("a1b2c");
        assertThat(PasswordPolicy.normalise("123456")).isEmpty();
        assertThat(PasswordPolicy.normalise("Éléphant😀")).isEqualTo("éléphant");
    }

    @Test
    void policy_normalises_the_entries_it_is_given() {
        PasswordPolicy raw = new PasswordPolicy(Set.of("Motdepasse123", "999"));
        assertThat(raw.commonPasswordCount()).isEqualTo(1);
        assertThat(raw.weakness("MOTDEPASSE!!!!!", null)).contains(PasswordPolicy.TOO_COMMON);
    }
}
