package fr.espacefamille.domain.enrolment;

/** §8: the states of an enrolment request, with the French names parents read. */
public enum SchoolRequestStatus {
    SUBMITTED("Déposée"), INCOMPLETE("À compléter"), ACCEPTED("Acceptée"), REFUSED("Refusée"), WITHDRAWN("Retirée");

    private final String label;

    SchoolRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not decided yet: the requester may still withdraw it, and a second request for the child is a duplicate. */
    public boolean isOpen() {
        return this == SUBMITTED || this == INCOMPLETE;
    }
}
