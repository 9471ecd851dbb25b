package fr.espacefamille.domain.billing;

/** Where an invoice's collection in a direct-debit file stands. */
public enum CollectionStatus {
    /** In a file that has not been marked executed yet. */
    PENDING("Prélèvement programmé"),
    COLLECTED("Prélevé"),
    REJECTED("Prélèvement rejeté");

    private final String frenchLabel;

    CollectionStatus(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
