package fr.espacefamille.domain.commission;

import java.util.Objects;

/**
 * A request's place in its group's list at a session: its score then, its rank (1 first) and,
 * when staff moved it by hand, the written reason.
 */
public record RankedRequest(NurseryRequestId request, AgeGroup group, int score, int rank, String overrideReason) {

    public RankedRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(group, "group");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
