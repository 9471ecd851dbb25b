package fr.espacefamille.domain.enrolment;

/** Why a family asks another school than its sector school (dérogation). */
public enum DerogationReason {
    WORK("Lieu de travail des parents"), CHILDCARE("Mode de garde"), SIBLING("Frère ou sœur déjà scolarisé"),
    MEDICAL("Raison médicale"), OTHER("Autre motif");

    private final String label;

    DerogationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
