package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayboxResponseCodeTest {

    @Test
    void only_00000_is_a_success() {
        assertThat(new PayboxResponseCode("00000").isSuccess()).isTrue();
        assertThat(new PayboxResponseCode("00000").meaning()).isEqualTo("Paiement accepté");
        assertThat(new PayboxResponseCode("99999").isSuccess()).isFalse();
        assertThat(new PayboxResponseCode("00151").isSuccess()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "00001|Paiement annulé ou connexion interrompue",
        "00004|Numéro de carte ou cryptogramme invalide",
        "00008|Date d'expiration invalide",
        "00015|Paiement déjà effectué",
        "00030|Délai dépassé sur la page de paiement",
        "99999|Paiement en attente",
    })
    void tells_parents_what_a_code_means_in_french(String code, String meaning) {
        assertThat(new PayboxResponseCode(code).meaning()).isEqualTo(meaning);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00003", "00006", "00010", "00011", "00021", "00029", "00033", "00040"})
    void every_documented_code_has_its_own_meaning(String code) {
        assertThat(new PayboxResponseCode(code).meaning()).doesNotContain("n'a pas abouti");
    }

    @Test
    void bank_refusal_gives_the_bank_reason_when_known() {
        PayboxResponseCode insufficientFunds = new PayboxResponseCode("00151");

        assertThat(insufficientFunds.isBankRefusal()).isTrue();
        assertThat(insufficientFunds.meaning()).isEqualTo("Paiement refusé par la banque (provision insuffisante)");
    }

    @Test
    void bank_refusal_with_an_unlisted_reason_stays_generic() {
        assertThat(new PayboxResponseCode("00143").meaning()).isEqualTo("Paiement refusé par la banque");
        assertThat(new PayboxResponseCode("00114").meaning()).contains("numéro de carte invalide");
    }

    @Test
    void unknown_code_gets_a_generic_message_with_the_code() {
        assertThat(new PayboxResponseCode("00097").meaning()).isEqualTo("Le paiement n'a pas abouti (code 00097)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "000000", "0000A"})
    void refuses_a_code_that_is_not_five_digits(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PayboxResponseCode(code));
    }
}
