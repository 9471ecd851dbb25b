package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DueDatePolicyTest {

    @ParameterizedTest(name = "issued {0}, due {1}")
    @CsvSource({"2026-10-02, 2026-11-15", "2026-10-31, 2026-11-15", "2026-12-20, 2027-01-15", "2027-01-31, 2027-02-15"})
    void an_invoice_is_due_on_the_15th_of_the_month_after_its_issue(LocalDate issued, LocalDate due) {
        assertThat(DueDatePolicy.dueOn(issued)).isEqualTo(due);
    }

    @Test
    void paying_on_the_due_date_is_on_time_and_the_next_day_is_late() {
        LocalDate due = LocalDate.of(2026, 11, 15);
        assertThat(DueDatePolicy.isOverdue(due, due)).isFalse();
        assertThat(DueDatePolicy.isOverdue(due, due.plusDays(1))).isTrue();
    }
}
