package fr.espacefamille.domain.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The score of a request (§9): the points of every criterion of the grid answered « yes » (an
 * unanswered criterion counts as « no »; an answer to a criterion the grid no longer has counts for
 * nothing), plus 10 per earlier session that examined the request without offering it a place,
 * minus 20 per earlier offer refused or left unanswered.
 */
public final class ScoringPolicy {

    public static final String EXAMINED_WITHOUT_OFFER = "EXAMINED_WITHOUT_OFFER";
    public static final String OFFER_DECLINED = "OFFER_DECLINED";
    static final int PER_SESSION_WAITED = 10;
    static final int PER_OFFER_DECLINED = -20;

    private ScoringPolicy() {
    }

    public static Score score(ScoringGrid grid, Map<String, Boolean> answers, RequestHistory history) {
        List<Score.Line> lines = new ArrayList<>();
        for (Criterion criterion : grid.criteria()) {
            if (Boolean.TRUE.equals(answers.get(criterion.code()))) {
                lines.add(new Score.Line(criterion.code(), criterion.label(), criterion.points()));
            }
        }
        if (history.examinedWithoutOffer() > 0) {
            lines.add(new Score.Line(EXAMINED_WITHOUT_OFFER, "Examinée sans proposition de place lors de "
                    + sessions(history.examinedWithoutOffer()), PER_SESSION_WAITED * history.examinedWithoutOffer()));
        }
        if (history.offersDeclined() > 0) {
            lines.add(new Score.Line(OFFER_DECLINED, history.offersDeclined() == 1 ? "Une proposition refusée ou restée sans réponse"
                    : history.offersDeclined() + " propositions refusées ou restées sans réponse",
                    PER_OFFER_DECLINED * history.offersDeclined()));
        }
        return Score.of(lines);
    }

    private static String sessions(int count) {
        return count == 1 ? "une commission précédente" : count + " commissions précédentes";
    }
}
