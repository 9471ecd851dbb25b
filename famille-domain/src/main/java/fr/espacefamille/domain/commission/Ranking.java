package fr.espacefamille.domain.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.espacefamille.domain.shared.Text;

/**
 * The session's lists (§9): per age group, confirmed requests by score, ties broken by the earlier
 * request, then by id; then staff's changes of order, each with its written reason, applied in
 * the order given.
 */
public final class Ranking {

    /** A confirmed request as the commission weighs it. */
    public record Candidate(NurseryRequestId request, AgeGroup group, int score, Instant submittedAt) {
        public Candidate {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /** Staff put {@code request} at {@code rank} of its group, for {@code reason}. */
    public record Override(NurseryRequestId request, int rank, String reason) {
        public Override {
            Objects.requireNonNull(request, "request");
            if (rank < 1) {
                throw new IllegalArgumentException("Le rang commence à 1");
            }
            reason = Text.required(reason, "Le motif du changement de rang", 1000);
        }
    }

    static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::score).reversed()
            .thenComparing(Candidate::submittedAt)
            .thenComparing(c -> c.request().toString());

    private Ranking() {
    }

    /** The ranked lists; an override of a request that is not a candidate is refused. */
    public static List<RankedRequest> rank(List<Candidate> candidates, List<Override> overrides) {
        Map<NurseryRequestId, Candidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.request(), c));
        Map<AgeGroup, List<Candidate>> lists = new HashMap<>();
        for (AgeGroup group : AgeGroup.values()) {
            lists.put(group, new ArrayList<>(candidates.stream().filter(c -> c.group() == group).sorted(ORDER).toList()));
        }
        Map<NurseryRequestId, String> reasons = new HashMap<>();
        for (Override change : overrides) {
            Candidate moved = byId.get(change.request());
            if (moved == null) {
                throw new IllegalArgumentException("La demande " + change.request() + " n'est pas examinée par cette commission");
            }
            List<Candidate> list = lists.get(moved.group());
            list.remove(moved);
            list.add(Math.min(change.rank(), list.size() + 1) - 1, moved);
            reasons.put(moved.request(), change.reason());
        }
        List<RankedRequest> ranked = new ArrayList<>();
        for (AgeGroup group : AgeGroup.values()) {
            List<Candidate> list = lists.get(group);
            for (int i = 0; i < list.size(); i++) {
                Candidate c = list.get(i);
                ranked.add(new RankedRequest(c.request(), group, c.score(), i + 1, reasons.get(c.request())));
            }
        }
        return ranked;
    }
}
