package fr.espacefamille.domain.nursery;

/** Why contract hours of a day are deducted from the bill. */
public enum DeductionReason {
    /** Illness with a medical certificate, beyond the three calendar days of carence. */
    ILLNESS("maladie au-delà du délai de carence"),
    HOSPITALISATION("hospitalisation"),
    /** A weekday the nursery is closed: a closure decided by staff or a public holiday. */
    NURSERY_CLOSURE("fermeture du multi-accueil"),
    /** Congés declared at least 15 days ahead. */
    CONGES("congés déclarés à l'avance");

    private final String french;

    DeductionReason(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
