package fr.espacefamille.domain.canteen;

/** Why a child is absent. */
public enum AbsenceReason {
    /** Maladie. */
    ILLNESS,
    /** Hospitalisation. */
    HOSPITALISATION,
    /** Événement familial. */
    FAMILY_EVENT,
    /** Autre motif. */
    OTHER
}
