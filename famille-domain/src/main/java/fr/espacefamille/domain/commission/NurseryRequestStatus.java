package fr.espacefamille.domain.commission;

/** Where a pre-registration stands. */
public enum NurseryRequestStatus {
    /** The child is expected: the request waits for the birth certificate before any session examines it. */
    AWAITING_BIRTH("En attente de la naissance"),
    /** Examined by the sessions whose period holds its wished start, once confirmed. */
    OPEN("En attente d'une place"),
    /** A place was offered and accepted: the regular contract is made. */
    ACCEPTED("Place acceptée");

    private final String french;

    NurseryRequestStatus(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
