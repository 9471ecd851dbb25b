package fr.espacefamille.domain.payment;

import fr.espacefamille.domain.shared.Money;

/**
 * What a verified notification means for an attempt (SPEC §5): a payment is recorded only for an
 * accepted, authorised transaction of exactly the attempt's amount that the invoice's balance can
 * still take; any other money taken is an anomaly for finance staff; other codes are refusals,
 * which never end an attempt.
 */
public final class CardNotificationPolicy {

    /** Provider's code for a success. */
    public static final String SUCCESS = "00000";
    /** The payer cancelled on the page (or the connection dropped). */
    public static final String CANCELLED = "00001";
    /** The bank has not answered yet. */
    public static final String PENDING = "99999";

    /** The decision, and the anomaly's note when there is one. */
    public enum Verdict {
        RECORD_PAYMENT(null),
        WRONG_AMOUNT("Montant reçu différent du montant demandé"),
        EXCEEDS_BALANCE("Montant supérieur au reste à payer de la facture (réglée entre-temps)"),
        NOT_AUTHORISED("Paiement accepté sans numéro d'autorisation"),
        REFUSED(null),
        CANCELLED(null),
        PENDING(null);

        private final String anomalyNote;

        Verdict(String anomalyNote) {
            this.anomalyNote = anomalyNote;
        }

        public boolean anomaly() {
            return anomalyNote != null;
        }

        public String anomalyNote() {
            return anomalyNote;
        }

        /** The attempt's status after this verdict. */
        public AttemptStatus status() {
            return switch (this) {
                case RECORD_PAYMENT -> AttemptStatus.PAID;
                case WRONG_AMOUNT, EXCEEDS_BALANCE, NOT_AUTHORISED -> AttemptStatus.ANOMALY;
                case REFUSED -> AttemptStatus.REFUSED;
                case CANCELLED -> AttemptStatus.CANCELLED;
                case PENDING -> AttemptStatus.PENDING;
            };
        }
    }

    private CardNotificationPolicy() {
    }

    public static Verdict judge(PaymentAttempt attempt, Money balance, String code, boolean authorised, Money received) {
        if (!SUCCESS.equals(code)) {
            if (CANCELLED.equals(code)) {
                return Verdict.CANCELLED;
            }
            return PENDING.equals(code) ? Verdict.PENDING : Verdict.REFUSED;
        }
        if (!authorised) {
            return Verdict.NOT_AUTHORISED;
        }
        if (!received.equals(attempt.amount())) {
            return Verdict.WRONG_AMOUNT;
        }
        // a second success for a paid attempt lands here too: the balance no longer takes it
        if (received.compareTo(balance) > 0) {
            return Verdict.EXCEEDS_BALANCE;
        }
        return Verdict.RECORD_PAYMENT;
    }
}
