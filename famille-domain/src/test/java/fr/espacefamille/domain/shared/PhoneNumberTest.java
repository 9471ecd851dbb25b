package fr.espacefamille.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;

class PhoneNumberTest {

    private static final String NB = "\u00a0";

    @Test
    void a_french_number_is_stored_as_its_ten_digits_however_it_was_typed() {
        for (String typed : new String[] {"+33 6 98 76 54 32", "06 98 76 54 32", "06.98.76.54.32", "0033 6 98 76 54 32",
                "+33 (0)6 98 76 54 32", "06-98-76-54-32", "0698765432"}) {
            assertThat(PhoneNumber.parse(typed)).as(typed).hasValue(new PhoneNumber("0698765432"));
        }
    }

    @Test
    void it_is_shown_in_pairs_of_digits_and_a_foreign_number_with_its_country_code() {
        assertThat(PhoneNumber.parse("+33 6 98 76 54 32").orElseThrow().shown()).isEqualTo(String.join(NB, "06", "98", "76", "54", "32"));
        assertThat(PhoneNumber.parse("+44 20 7946 0958").orElseThrow().value()).isEqualTo("+442079460958");
        assertThat(PhoneNumber.parse("0044 20 7946 0958").orElseThrow().shown()).isEqualTo("+442079460958");
    }

    @Test
    void what_is_not_a_phone_number_is_refused() {
        assertThat(PhoneNumber.parse("appelez-moi")).isEmpty();
        assertThat(PhoneNumber.parse("06 98 76")).isEmpty();
        assertThat(PhoneNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new PhoneNumber("6 98")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_guardian_keeps_the_stored_form() {
        Guardian guardian = new Guardian(GuardianId.random(), "Claire", "Martin", null, "+33 6 98 76 54 32");
        assertThat(guardian.phone()).isEqualTo("0698765432");
        assertThat(FrenchText.phone(guardian.phone())).isEqualTo(String.join(NB, "06", "98", "76", "54", "32"));
    }
}
