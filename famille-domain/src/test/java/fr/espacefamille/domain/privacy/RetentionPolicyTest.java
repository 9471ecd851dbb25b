package fr.espacefamille.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.family.FamilyId;

class RetentionPolicyTest {

    private static FamilyActivity activity(LocalDate serviceEnd, LocalDate settled, boolean open) {
        return new FamilyActivity(new FamilyId(UUID.randomUUID()), "Martin", serviceEnd, settled, open);
    }

    @Test
    void is_due_the_day_after_three_years_from_the_later_of_service_end_and_settlement() {
        var activity = activity(LocalDate.of(2023, 7, 4), LocalDate.of(2023, 9, 15), false);

        assertThat(RetentionPolicy.dueOn(activity)).contains(LocalDate.of(2026, 9, 16));
        assertThat(RetentionPolicy.isDue(activity, LocalDate.of(2026, 9, 15))).isFalse();
        assertThat(RetentionPolicy.isDue(activity, LocalDate.of(2026, 9, 16))).isTrue();
    }

    @Test
    void a_service_ending_after_the_last_settlement_sets_the_date() {
        assertThat(RetentionPolicy.dueOn(activity(LocalDate.of(2024, 7, 4), LocalDate.of(2023, 1, 10), false)))
                .contains(LocalDate.of(2027, 7, 5));
        assertThat(RetentionPolicy.dueOn(activity(null, LocalDate.of(2023, 1, 10), false))).contains(LocalDate.of(2026, 1, 11));
        assertThat(RetentionPolicy.dueOn(activity(LocalDate.of(2023, 1, 10), null, false))).contains(LocalDate.of(2026, 1, 11));
    }

    @Test
    void never_due_with_an_open_invoice_or_before_any_service_or_invoice() {
        assertThat(RetentionPolicy.dueOn(activity(LocalDate.of(2010, 7, 4), LocalDate.of(2010, 9, 1), true))).isEmpty();
        assertThat(RetentionPolicy.dueOn(activity(null, null, false))).isEmpty();
    }

    @Test
    void staff_see_families_due_within_a_month() {
        var activity = activity(LocalDate.of(2023, 7, 4), null, false);

        assertThat(RetentionPolicy.isDueWithinNotice(activity, LocalDate.of(2026, 6, 4))).isFalse();
        assertThat(RetentionPolicy.isDueWithinNotice(activity, LocalDate.of(2026, 6, 5))).isTrue();
    }
}
