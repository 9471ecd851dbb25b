package fr.espacefamille.domain.commission;

/**
 * What earlier sessions did with a request: examined without an offer (+10 each), offers refused
 * or left unanswered (−20 each).
 */
public record RequestHistory(int examinedWithoutOffer, int offersDeclined) {

    public static final RequestHistory NONE = new RequestHistory(0, 0);

    public RequestHistory {
        if (examinedWithoutOffer < 0 || offersDeclined < 0) {
            throw new IllegalArgumentException("history counts are never negative");
        }
    }
}
