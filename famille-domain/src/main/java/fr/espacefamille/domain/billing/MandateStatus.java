package fr.espacefamille.domain.billing;

/**
 * Where a direct-debit mandate stands. An active mandate is collected; a suspended one (two
 * rejects in a row) and a revoked one are not, and the family pays by card, cash or cheque again.
 */
public enum MandateStatus {
    ACTIVE("Actif"),
    SUSPENDED("Suspendu"),
    REVOKED("Révoqué");

    private final String frenchLabel;

    MandateStatus(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
