package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InvoiceNumberingTest {

    @Test
    void numbers_read_prefix_year_and_six_digit_sequence() {
        assertThat(new InvoiceNumber(Regie.SCHOOL, 2026, 123)).hasToString("AS-2026-000123");
        assertThat(new InvoiceNumber(Regie.EARLY_CHILDHOOD, 2026, 45)).hasToString("PE-2026-000045");
    }

    @Test
    void parses_what_it_prints_and_nothing_else() {
        assertThat(InvoiceNumber.parse("PE-2027-000001")).contains(new InvoiceNumber(Regie.EARLY_CHILDHOOD, 2027, 1));
        assertThat(InvoiceNumber.parse("AS-2026-000000")).isEmpty();
        assertThat(InvoiceNumber.parse("XX-2026-000001")).isEmpty();
        assertThat(InvoiceNumber.parse("AS-2026-1")).isEmpty();
        assertThat(InvoiceNumber.parse(null)).isEmpty();
    }

    @Test
    void the_year_is_the_issue_date_s_so_december_billed_in_january_is_numbered_in_the_new_year() {
        assertThat(InvoiceNumbering.following(Regie.SCHOOL, LocalDate.of(2027, 1, 5), 0, 1))
                .containsExactly(new InvoiceNumber(Regie.SCHOOL, 2027, 1));
    }

    @Test
    void numbers_follow_the_last_issued_one_without_gap() {
        assertThat(InvoiceNumbering.following(Regie.EARLY_CHILDHOOD, LocalDate.of(2026, 10, 2), 44, 3)).extracting(Object::toString)
                .containsExactly("PE-2026-000045", "PE-2026-000046", "PE-2026-000047");
        assertThat(InvoiceNumbering.following(Regie.SCHOOL, LocalDate.of(2026, 10, 2), 44, 0)).isEmpty();
    }

    @Test
    void a_year_s_sequence_cannot_overflow_six_digits() {
        assertThatThrownBy(() -> InvoiceNumbering.following(Regie.SCHOOL, LocalDate.of(2026, 10, 2), 999_999, 1))
                .hasMessageContaining("épuisée");
    }

    @Test
    void next_is_the_following_sequence() {
        assertThat(new InvoiceNumber(Regie.SCHOOL, 2026, 9).next()).hasToString("AS-2026-000010");
    }
}
