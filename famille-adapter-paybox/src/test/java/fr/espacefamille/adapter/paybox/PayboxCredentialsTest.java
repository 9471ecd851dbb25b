package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayboxCredentialsTest {

    private static final String TEST_KEY = "0123456789ABCDEF".repeat(8);

    @Test
    void public_test_account_is_the_providers_preproduction_account() {
        PayboxCredentials account = PayboxCredentials.publicTestAccount();

        assertThat(account.site()).isEqualTo("1999888");
        assertThat(account.rang()).isEqualTo("32");
        assertThat(account.identifiant()).isEqualTo("107904482");
        assertThat(account.hmacKeyHex()).hasSize(128).isEqualTo(TEST_KEY);
    }

    @Test
    void to_string_never_reveals_the_key() {
        String text = PayboxCredentials.publicTestAccount().toString();

        assertThat(text).contains("1999888", "32", "107904482").doesNotContain("0123456789");
    }

    @Test
    void hmac_key_is_the_decoded_bytes_of_the_hex_text() {
        byte[] key = new PayboxCredentials("1999888", "32", "1", "00ff10").hmacKeyBytes();

        assertThat(key).containsExactly(0x00, 0xff, 0x10);
    }

    @Test
    void normalises_the_key_to_uppercase() {
        assertThat(new PayboxCredentials("1999888", "001", "1", "abcdef").hmacKeyHex()).isEqualTo("ABCDEF");
    }

    @ParameterizedTest
    @CsvSource({
        "199988, 32, 107904482, site",
        "19998880, 32, 107904482, site",
        "199988A, 32, 107904482, site",
        "1999888, 3, 107904482, rang",
        "1999888, 3200, 107904482, rang",
        "1999888, 32, 1079044820, identifiant",
        "1999888, 32, '', identifiant",
    })
    void refuses_malformed_account_numbers(String site, String rang, String identifiant, String culprit) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxCredentials(site, rang, identifiant, TEST_KEY))
                .withMessageContaining(culprit);
    }

    @ParameterizedTest
    @CsvSource({"''", "ABC", "0123456789ABCDEG"})
    void refuses_a_key_that_is_not_hex_bytes_without_echoing_it(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxCredentials("1999888", "32", "107904482", key))
                .withMessageContaining("hexadecimal")
                .satisfies(e -> {
                    if (!key.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(key);
                    }
                });
    }
}
