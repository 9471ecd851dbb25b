package fr.espacefamille.domain.payment;

/** Where a card-payment attempt stands, as known from the provider's notifications. */
public enum AttemptStatus {
    PENDING("En attente de la réponse de la banque"),
    PAID("Payée"),
    REFUSED("Refusé"),
    CANCELLED("Annulé"),
    ANOMALY("En cours de vérification par la régie");

    private final String frenchLabel;

    AttemptStatus(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }
}
