package fr.espacefamille.domain.commission;

/** Where an offer of a place stands. */
public enum OfferStatus {
    PENDING("En attente de réponse"), ACCEPTED("Acceptée"), REFUSED("Refusée"), EXPIRED("Expirée sans réponse");

    private final String french;

    OfferStatus(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }

    /** Pending and accepted offers hold a place; a refused or expired one gave it back. */
    public boolean holdsPlace() {
        return this == PENDING || this == ACCEPTED;
    }

    /** Refused or left unanswered: counts against the request at later sessions. */
    public boolean declined() {
        return this == REFUSED || this == EXPIRED;
    }
}
