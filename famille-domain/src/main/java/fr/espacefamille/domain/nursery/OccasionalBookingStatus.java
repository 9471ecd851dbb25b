package fr.espacefamille.domain.nursery;

/** Where an occasional-care request stands. */
public enum OccasionalBookingStatus {
    /** A place is held for the child. */
    CONFIRMED("confirmée"),
    /** No place was left: the request waits its turn, first come, first served. */
    WAITLISTED("en liste d'attente"),
    CANCELLED("annulée");

    private final String french;

    OccasionalBookingStatus(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
