package fr.espacefamille.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderScheduleTest {

    /** sent: the levels already sent, separated by '+'; expected: the level due that day, or '-' for none. */
    @ParameterizedTest(name = "due {0}, sent [{1}], on {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-15 |     | 2026-11-15 | -
            2026-11-15 |     | 2026-11-24 | -
            2026-11-15 |     | 2026-11-25 | FIRST
            2026-11-15 | 1   | 2026-11-25 | -
            2026-11-15 | 1   | 2026-12-09 | -
            2026-11-15 | 1   | 2026-12-10 | SECOND
            2026-11-15 | 1+2 | 2026-12-10 | -
            2026-11-15 | 1+2 | 2026-12-24 | -
            2026-11-15 |     | 2026-12-12 | SECOND
            2026-11-15 | 2   | 2026-12-12 | -
            2026-11-15 |     | 2026-12-25 | -
            2026-02-15 |     | 2026-02-25 | FIRST
            2026-02-15 |     | 2026-03-12 | SECOND
            2026-03-15 |     | 2026-03-25 | FIRST
            2026-03-15 | 1   | 2026-04-09 | SECOND
            2026-10-15 | 1   | 2026-11-09 | SECOND
            2026-12-15 |     | 2026-12-25 | FIRST
            2026-12-15 | 1   | 2027-01-09 | SECOND
            """)
    void reminds_at_due_plus_10_and_25_calendar_days_catching_up_with_the_latest_only(LocalDate due, String sent, LocalDate today,
            String expected) {
        List<ReminderLevel> already = sent == null ? List.of()
                : Arrays.stream(sent.split("\\+")).map(s -> ReminderLevel.ofNumber(Integer.parseInt(s.trim()))).toList();

        Optional<ReminderLevel> due1 = ReminderSchedule.reminderDue(due, already, today);

        assertThat(due1.map(Enum::name).orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "due {0}, on {1}: transfer {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-15 | 2026-12-24 | false
            2026-11-15 | 2026-12-25 | true
            2026-11-15 | 2027-03-01 | true
            2026-02-15 | 2026-03-26 | false
            2026-02-15 | 2026-03-27 | true
            2026-09-15 | 2026-10-24 | false
            2026-09-15 | 2026-10-25 | true
            """)
    void transfers_at_due_plus_40_calendar_days_whatever_the_change_of_hour(LocalDate due, LocalDate today, boolean expected) {
        assertThat(ReminderSchedule.transferDue(due, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "balances {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1499        | false
            1500        | true
            700+799     | false
            700+800     | true
            1+1+1498    | true
            0           | false
            """)
    void a_family_s_balances_go_to_the_tresor_public_once_they_reach_15_euros_together(String balances, boolean expected) {
        var amounts = Arrays.stream(balances.split("\\+")).map(s -> fr.espacefamille.domain.shared.Money.ofCents(Long.parseLong(s.trim())))
                .toList();
        assertThat(TreasuryTransferPolicy.thresholdReached(amounts)).isEqualTo(expected);
    }
}
