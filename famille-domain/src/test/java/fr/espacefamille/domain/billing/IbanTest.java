package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IbanTest {

    /** {@code body} with the ISO 7064 check digits that make it a valid IBAN of {@code country}. */
    static String withCheckDigits(String country, String body) {
        int check = 98 - Mod97.remainder(body + country + "00");
        return country + String.format("%02d", check) + body;
    }

    @Test
    void accepts_a_valid_iban_written_with_spaces_and_in_lower_case() {
        assertThat(new Iban("fr76 3000 6000 0112 3456 7890 189").value()).isEqualTo("FR7630006000011234567890189");
        assertThat(new Iban(" FR76\u00A03000 6000 0112 3456 7890 189 ").value()).isEqualTo("FR7630006000011234567890189");
        assertThat(new Iban("DE89370400440532013000").country()).isEqualTo("DE");
    }

    @Test
    void refuses_wrong_check_digits() {
        assertThatThrownBy(() -> new Iban("FR7630006000011234567890188")).hasMessageContaining("clé de contrôle");
    }

    @Test
    void refuses_a_wrong_length_for_its_country_even_with_valid_check_digits() {
        String tooShort = withCheckDigits("FR", "3000600001123456789018");
        assertThat(Mod97.remainder(tooShort.substring(4) + tooShort.substring(0, 4))).isEqualTo(1);
        assertThatThrownBy(() -> new Iban(tooShort)).hasMessage("Un IBAN FR compte 27 caractères, celui-ci en a 26.");
    }

    @Test
    void refuses_a_country_outside_the_sepa_zone_even_with_valid_check_digits() {
        String brazil = withCheckDigits("BR", "00360305000010009795493C1");
        assertThatThrownBy(() -> new Iban(brazil)).hasMessageContaining("« BR »").hasMessageContaining("zone SEPA");
    }

    @Test
    void refuses_malformed_text() {
        assertThatThrownBy(() -> new Iban("")).hasMessageContaining("obligatoire");
        assertThatThrownBy(() -> new Iban("FR76-3000-6000")).hasMessageContaining("lettres et de chiffres");
        assertThatThrownBy(() -> new Iban("7630006000011234567890189")).hasMessageContaining("deux lettres");
    }

    @Test
    void shows_the_country_check_digits_and_last_four_characters_by_groups_of_four() {
        Iban iban = new Iban("FR7630006000011234567890189");
        assertThat(iban.masked()).isEqualTo("FR76 **** **** **** **** ***0 189");
        assertThat(iban.shortMasked()).isEqualTo("FR76 **** …0189");
        assertThat(iban.toString()).doesNotContain("30006000011234567890");
        assertThat(new Iban("BE68539007547034").masked()).isEqualTo("BE68 **** **** 7034");
    }
}
