package fr.espacefamille.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.Regie;

class FrenchTextTest {

    private static final String NB = "\u00a0";

    @Test
    void elides_de_before_a_vowel_or_a_mute_h() {
        assertThat(FrenchText.of("Inès")).isEqualTo("d'Inès");
        assertThat(FrenchText.of("Élodie")).isEqualTo("d'Élodie");
        assertThat(FrenchText.of("Hugo")).isEqualTo("d'Hugo");
        assertThat(FrenchText.of("Léa")).isEqualTo("de Léa");
        assertThat(FrenchText.that("Inès")).isEqualTo("qu'Inès");
        assertThat(FrenchText.the("école")).isEqualTo("l'école");
    }

    @Test
    void writes_the_first_of_the_month_as_an_ordinal() {
        assertThat(FrenchText.date(LocalDate.of(2026, 9, 1))).isEqualTo("mardi 1er septembre 2026");
        assertThat(FrenchText.day(LocalDate.of(2026, 10, 2))).isEqualTo("vendredi 2 octobre");
        assertThat(FrenchText.dayOfMonth(1)).isEqualTo("1er");
        assertThat(FrenchText.dayOfMonth(21)).isEqualTo("21");
    }

    @Test
    void writes_the_plural_that_applies_never_a_bracketed_s() {
        assertThat(FrenchText.count(0, "jour", "jours")).isEqualTo("0 jour");
        assertThat(FrenchText.count(1, "repas annulé", "repas annulés")).isEqualTo("1 repas annulé");
        assertThat(FrenchText.count(3, "jour", "jours")).isEqualTo("3 jours");
    }

    @Test
    void writes_sizes_in_ko_and_mo() {
        assertThat(FrenchText.size(350 * 1024)).isEqualTo("350" + NB + "ko");
        assertThat(FrenchText.size(13_002_342)).isEqualTo("12,4" + NB + "Mo");
        assertThat(FrenchText.size(200L * 1024 * 1024)).isEqualTo("200" + NB + "Mo");
        assertThat(FrenchText.size(10)).isEqualTo("1" + NB + "ko");
    }

    @Test
    void writes_times_with_h() {
        assertThat(FrenchText.time(LocalTime.of(7, 30))).isEqualTo("7" + NB + "h" + NB + "30");
        assertThat(FrenchText.time(LocalTime.of(18, 0))).isEqualTo("18" + NB + "h");
    }

    @Test
    void shows_french_phone_numbers_in_pairs_and_stores_them_bare() {
        assertThat(FrenchText.phone("+33 6 98 76 54 32")).isEqualTo(String.join(NB, "06", "98", "76", "54", "32"));
        assertThat(FrenchText.phone("06.98.76.54.32")).isEqualTo(String.join(NB, "06", "98", "76", "54", "32"));
        assertThat(PhoneNumber.normalise("+33 6 98 76 54 32")).isEqualTo("0698765432");
        assertThat(FrenchText.phone("+44 20 7946 0958")).as("not French: the country code and digits").isEqualTo("+442079460958");
    }

    @Test
    void puts_non_breaking_spaces_before_high_punctuation_and_inside_guillemets() {
        assertThat(FrenchText.typeset("Attention : « Bout d'chou » ouvre-t-il ?"))
                .isEqualTo("Attention" + NB + ": «" + NB + "Bout d'chou" + NB + "» ouvre-t-il" + NB + "?");
    }

    @Test
    void names_a_regie_with_a_capital_on_its_first_word_only() {
        assertThat(Arrays.stream(Regie.values()).map(Regie::frenchName)).containsExactly("Affaires scolaires", "Petite enfance");
    }
}
