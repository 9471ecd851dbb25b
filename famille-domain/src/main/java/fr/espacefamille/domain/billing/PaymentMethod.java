package fr.espacefamille.domain.billing;

/** How a payment reached the régie. Finance staff record the first three; card payments come from the payment provider. */
public enum PaymentMethod {
    CASH("Espèces"),
    CHEQUE("Chèque"),
    DIRECT_DEBIT("Prélèvement"),
    CARD("Carte bancaire en ligne");

    private final String frenchLabel;

    PaymentMethod(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    public boolean recordedByStaff() {
        return this != CARD;
    }
}
