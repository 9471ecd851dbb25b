package fr.espacefamille.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static NurseryRequestId id(String tail) {
        return new NurseryRequestId(UUID.fromString("00000000-0000-0000-0000-" + tail));
    }

    private static Ranking.Candidate candidate(String tail, AgeGroup group, int score, String submitted) {
        return new Ranking.Candidate(id(tail), group, score, Instant.parse(submitted));
    }

    @Test
    void ranks_each_group_by_score_then_earlier_request_then_id() {
        var low = candidate("000000000001", AgeGroup.BABY, 300, "2026-01-01T10:00:00Z");
        var highLate = candidate("000000000002", AgeGroup.BABY, 340, "2026-03-01T10:00:00Z");
        var highEarly = candidate("000000000003", AgeGroup.BABY, 340, "2026-02-01T10:00:00Z");
        var sameTimeB = candidate("00000000000b", AgeGroup.BABY, 320, "2026-02-01T10:00:00Z");
        var sameTimeA = candidate("00000000000a", AgeGroup.BABY, 320, "2026-02-01T10:00:00Z");
        var toddler = candidate("000000000009", AgeGroup.TODDLER, 0, "2026-02-01T10:00:00Z");

        List<RankedRequest> ranked = Ranking.rank(List.of(low, highLate, highEarly, sameTimeB, sameTimeA, toddler), List.of());

        assertThat(ranked).containsExactly(
                new RankedRequest(highEarly.request(), AgeGroup.BABY, 340, 1, null),
                new RankedRequest(highLate.request(), AgeGroup.BABY, 340, 2, null),
                new RankedRequest(sameTimeA.request(), AgeGroup.BABY, 320, 3, null),
                new RankedRequest(sameTimeB.request(), AgeGroup.BABY, 320, 4, null),
                new RankedRequest(low.request(), AgeGroup.BABY, 300, 5, null),
                new RankedRequest(toddler.request(), AgeGroup.TODDLER, 0, 1, null));
    }

    @Test
    void an_override_moves_a_request_within_its_group_and_keeps_its_reason() {
        var first = candidate("000000000001", AgeGroup.MIDDLE, 340, "2026-01-01T10:00:00Z");
        var second = candidate("000000000002", AgeGroup.MIDDLE, 320, "2026-01-01T10:00:00Z");
        var third = candidate("000000000003", AgeGroup.MIDDLE, 300, "2026-01-01T10:00:00Z");

        List<RankedRequest> ranked = Ranking.rank(List.of(first, second, third),
                List.of(new Ranking.Override(third.request(), 1, "Situation d'urgence signalée par la PMI")));

        assertThat(ranked).extracting(RankedRequest::request).containsExactly(third.request(), first.request(), second.request());
        assertThat(ranked.get(0).overrideReason()).isEqualTo("Situation d'urgence signalée par la PMI");
        assertThat(ranked.get(1).overridden()).isFalse();
    }

    @Test
    void an_override_beyond_the_list_puts_the_request_last() {
        var first = candidate("000000000001", AgeGroup.MIDDLE, 340, "2026-01-01T10:00:00Z");
        var second = candidate("000000000002", AgeGroup.MIDDLE, 320, "2026-01-01T10:00:00Z");

        List<RankedRequest> ranked = Ranking.rank(List.of(first, second), List.of(new Ranking.Override(first.request(), 9, "Dossier incomplet")));

        assertThat(ranked).extracting(RankedRequest::rank, RankedRequest::request)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, second.request()), org.assertj.core.groups.Tuple.tuple(2, first.request()));
    }

    @Test
    void an_override_needs_a_written_reason_and_a_request_of_the_session() {
        assertThatThrownBy(() -> new Ranking.Override(id("000000000001"), 1, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ranking.Override(id("000000000001"), 0, "Urgence")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.rank(List.of(), List.of(new Ranking.Override(id("000000000001"), 1, "Urgence"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
