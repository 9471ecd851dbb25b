package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditorIdTest {

    @Test
    void accepts_the_sample_creditor_identifier_whatever_its_business_code() {
        assertThat(new CreditorId("fr72zzz123456").value()).isEqualTo("FR72ZZZ123456");
        assertThat(new CreditorId("FR72ABC123456").value()).isEqualTo("FR72ABC123456");
        // the EPC's own example (EPC262-08)
        assertThat(new CreditorId("DE98ZZZ09999999999").value()).isEqualTo("DE98ZZZ09999999999");
    }

    @Test
    void refuses_a_bad_key_and_says_which_one_was_expected() {
        assertThatThrownBy(() -> new CreditorId("FR73ZZZ123456")).hasMessageContaining("clé").hasMessageContaining("72");
        assertThatThrownBy(() -> new CreditorId("FR72ZZZ123457")).hasMessageContaining("clé");
    }

    @Test
    void refuses_a_malformed_identifier() {
        assertThatThrownBy(() -> new CreditorId("")).hasMessageContaining("obligatoire");
        assertThatThrownBy(() -> new CreditorId("FR72-ZZZ")).hasMessageContaining("forme attendue");
    }
}
