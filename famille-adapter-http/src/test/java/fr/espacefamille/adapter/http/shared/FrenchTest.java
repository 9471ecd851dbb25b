package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class FrenchTest {

    private static final String NBSP = "\u00a0";

    @Test
    void a_page_gets_non_breaking_spaces_in_its_text_only() {
        String page = "<p title=\"Note : oui\">Erreur : « Toussaint » ! Pourquoi ?</p>"
                + "<input value=\"a : b\"><textarea>c : d</textarea><p>Fin ; ici</p>";

        assertThat(French.typesetPage(page)).isEqualTo("<p title=\"Note : oui\">Erreur" + NBSP + ": «" + NBSP + "Toussaint" + NBSP
                + "»" + NBSP + "! Pourquoi" + NBSP + "?</p><input value=\"a : b\"><textarea>c : d</textarea><p>Fin" + NBSP + "; ici</p>");
    }

    @Test
    void a_page_keeps_a_day_with_its_month_on_one_line() {
        String page = "<p>Le mardi 1er septembre 2026, puis le 12 mai et le 31 décembre ; 2 maisons, 2026 mars.</p>"
                + "<input value=\"1er septembre\">";

        assertThat(French.typesetPage(page)).isEqualTo("<p>Le mardi 1er" + NBSP + "septembre 2026, puis le 12" + NBSP + "mai et le 31"
                + NBSP + "décembre" + NBSP + "; 2 maisons, 2026 mars.</p><input value=\"1er septembre\">");
    }

    @Test
    void a_page_keeps_a_time_with_its_a() {
        assertThat(French.typesetPage("<p>jusqu'au lundi 7 septembre à 10" + NBSP + "h, de 7&nbsp;h&nbsp;30 à 18&nbsp;h ; à 3 ans</p>"))
                .isEqualTo("<p>jusqu'au lundi 7" + NBSP + "septembre à" + NBSP + "10" + NBSP + "h, de 7&nbsp;h&nbsp;30 à" + NBSP
                        + "18&nbsp;h" + NBSP + "; à 3 ans</p>");
    }

    @Test
    void times_dates_and_moments_read_as_the_administration_writes_them() {
        assertThat(French.moment(Instant.parse("2026-09-07T06:00:00Z"))).isEqualTo("lundi 7 septembre 2026 à 8" + NBSP + "h");
        assertThat(French.moment(Instant.parse("2026-10-01T12:05:00Z"))).isEqualTo("jeudi 1er octobre 2026 à 14" + NBSP + "h" + NBSP + "05");
        assertThat(French.dayMonthYear(LocalDate.of(2018, 3, 1))).isEqualTo("1er mars 2018");
        assertThat(French.shortDate(LocalDate.of(2026, 9, 1))).isEqualTo("01/09/2026");
        assertThat(French.deadline(ZonedDateTime.parse("2026-09-04T10:30:00+02:00[Europe/Paris]")))
                .isEqualTo("vendredi 4 septembre à 10" + NBSP + "h" + NBSP + "30");
    }
}
