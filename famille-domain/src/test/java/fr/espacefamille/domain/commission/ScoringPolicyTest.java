package fr.espacefamille.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringPolicyTest {

    private static final ScoringGrid DEMO = ScoringGrid.example(LocalDate.of(2026, 1, 1));

    /** The demo grid of §9: resident +300, single parent +30, all working +40, one working one seeking +20, sibling +20, twins +20, disabled +30. */
    @ParameterizedTest(name = "{0} / {1} sessions waited / {2} offers declined → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                   | 0 | 0 | 0
            RESIDENT                                             | 0 | 0 | 300
            RESIDENT,ALL_PARENTS_WORKING                         | 0 | 0 | 340
            RESIDENT,ONE_WORKING_ONE_SEEKING                     | 0 | 0 | 320
            RESIDENT,SINGLE_PARENT,ALL_PARENTS_WORKING           | 0 | 0 | 370
            RESIDENT,SIBLING_IN_NURSERY,TWINS                    | 0 | 0 | 340
            RESIDENT,DISABLED_CHILD                              | 0 | 0 | 330
            SINGLE_PARENT,ALL_PARENTS_WORKING                    | 0 | 0 | 70
            RESIDENT,SINGLE_PARENT,ALL_PARENTS_WORKING,ONE_WORKING_ONE_SEEKING,SIBLING_IN_NURSERY,TWINS,DISABLED_CHILD | 0 | 0 | 460
            RESIDENT,ALL_PARENTS_WORKING                         | 1 | 0 | 350
            RESIDENT,ALL_PARENTS_WORKING                         | 2 | 0 | 360
            RESIDENT,ALL_PARENTS_WORKING                         | 0 | 1 | 320
            RESIDENT,ALL_PARENTS_WORKING                         | 3 | 2 | 330
            ''                                                   | 0 | 2 | -40
            """)
    void sums_the_grid_points_of_yes_answers_and_the_history(String yes, int waited, int declined, int expected) {
        Map<String, Boolean> answers = new HashMap<>();
        Arrays.stream(yes.split(",")).filter(s -> !s.isEmpty()).forEach(code -> answers.put(code, true));

        Score score = ScoringPolicy.score(DEMO, answers, new RequestHistory(waited, declined));

        assertThat(score.total()).isEqualTo(expected);
        assertThat(score.breakdown().stream().mapToInt(Score.Line::points).sum()).isEqualTo(expected);
    }

    @Test
    void a_no_an_unanswered_question_and_a_criterion_the_grid_dropped_count_for_nothing() {
        Score score = ScoringPolicy.score(DEMO, Map.of("RESIDENT", true, "SINGLE_PARENT", false, "OLD_CRITERION", true),
                RequestHistory.NONE);

        assertThat(score.total()).isEqualTo(300);
        assertThat(score.breakdown()).containsExactly(new Score.Line("RESIDENT", "Le foyer réside dans la commune", 300));
    }

    @Test
    void the_breakdown_names_the_history_lines_in_french() {
        Score score = ScoringPolicy.score(DEMO, Map.of(), new RequestHistory(2, 1));

        assertThat(score.breakdown()).containsExactly(
                new Score.Line(ScoringPolicy.EXAMINED_WITHOUT_OFFER, "Examinée sans proposition de place lors de 2 commissions précédentes", 20),
                new Score.Line(ScoringPolicy.OFFER_DECLINED, "Une proposition refusée ou restée sans réponse", -20));
    }

    @Test
    void the_grid_valid_on_a_day_is_the_latest_one_started_by_then() {
        ScoringGrid january = ScoringGrid.example(LocalDate.of(2026, 1, 1));
        ScoringGrid june = new ScoringGrid(LocalDate.of(2026, 6, 1), java.util.List.of(new Criterion("RESIDENT", "Résident", 500)));

        assertThat(ScoringGrid.validOn(java.util.List.of(june, january), LocalDate.of(2026, 5, 31))).contains(january);
        assertThat(ScoringGrid.validOn(java.util.List.of(june, january), LocalDate.of(2026, 6, 1))).contains(june);
        assertThat(ScoringGrid.validOn(java.util.List.of(june, january), LocalDate.of(2025, 12, 31))).isEmpty();
    }
}
