package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void accepts_a_valid_iban_written_with_spaces_and_in_lower_case() {
        assertThat(new Iban("fr76 3000 6000 0112 3456 7890 189").value()).isEqualTo("FR7630006000011234567890189");
    }

    @Test
    void refuses_wrong_check_digits_and_malformed_text() {
        assertThatThrownBy(() -> new Iban("FR7630006000011234567890188")).hasMessageContaining("n'est pas valide");
        assertThatThrownBy(() -> new Iban("FR76")).hasMessageContaining("n'est pas valide");
        assertThatThrownBy(() -> new Iban("FR76-3000-6000")).hasMessageContaining("n'est pas valide");
    }

    @Test
    void shows_only_the_country_check_digits_and_last_four_characters() {
        Iban iban = new Iban("FR7630006000011234567890189");
        assertThat(iban.masked()).isEqualTo("FR76 … 0189");
        assertThat(iban.toString()).doesNotContain("30006000011234567890");
    }
}
