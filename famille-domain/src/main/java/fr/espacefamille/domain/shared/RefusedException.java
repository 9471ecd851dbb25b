package fr.espacefamille.domain.shared;

/**
 * Carries a {@link Refusal} out of a use case when it must also undo the transaction it ran in.
 * Callers catch it at the edge (web adapter) and answer with the refusal.
 */
public final class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.code() + ": " + refusal.detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
