package fr.espacefamille.domain.nursery;

/** Why a regular child will be away; the reason decides whether the contract hours are deducted. */
public enum NurseryAbsenceReason {
    ILLNESS("maladie"),
    HOSPITALISATION("hospitalisation"),
    FAMILY_EVENT("événement familial"),
    OTHER("autre motif"),
    /** Congés declared by the family outside the contract's planned weeks. */
    CONGES("congés");

    private final String french;

    NurseryAbsenceReason(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
