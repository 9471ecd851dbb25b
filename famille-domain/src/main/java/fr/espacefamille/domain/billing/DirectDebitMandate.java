package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Text;

/**
 * A family's direct-debit mandate (mandat de prélèvement SEPA, recurrent) for one régie: the
 * mandate reference (RUM), the account holder and IBAN, the signature date, whether it was signed
 * online or on paper, its status and how many of its collections were rejected in a row. While it
 * is active, the family's invoices of that régie are collected by direct debit, not paid by card.
 */
public record DirectDebitMandate(MandateId id, FamilyId family, Regie regie, String rum, String holder, Iban iban,
        LocalDate signedOn, boolean online, MandateStatus status, int rejectsInARow, LocalDate endedOn) {

    /** The SEPA character set a mandate reference may use (EPC rulebook), and its maximum length. */
    private static final String RUM_SHAPE = "[A-Za-z0-9/?:().,'+ -]{1,35}";
    public static final int HOLDER_MAX = 140;
    /** Two rejects in a row suspend a mandate. */
    static final int REJECTS_BEFORE_SUSPENSION = 2;

    public DirectDebitMandate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(status, "status");
        if (rum == null || !rum.matches(RUM_SHAPE) || rum.startsWith("/") || rum.endsWith("/") || rum.contains("//")) {
            throw new IllegalArgumentException("Référence unique de mandat invalide : " + rum);
        }
        holder = Text.required(holder, "Le titulaire du compte", HOLDER_MAX);
        if (rejectsInARow < 0) {
            throw new IllegalArgumentException("rejectsInARow < 0");
        }
        if ((status == MandateStatus.REVOKED) != (endedOn != null)) {
            throw new IllegalArgumentException("A revoked mandate, and only it, has an end date");
        }
    }

    /** A new active mandate signed on {@code signedOn}. */
    public static DirectDebitMandate sign(String rum, FamilyId family, Regie regie, String holder, Iban iban, LocalDate signedOn,
            boolean online) {
        return new DirectDebitMandate(MandateId.random(), family, regie, rum, holder, iban, signedOn, online, MandateStatus.ACTIVE,
                0, null);
    }

    public boolean active() {
        return status == MandateStatus.ACTIVE;
    }

    /** Whether it still stands (active or suspended): a family has at most one such mandate per régie. */
    public boolean live() {
        return status != MandateStatus.REVOKED;
    }

    public DirectDebitMandate revoke(LocalDate on) {
        return live() ? with(MandateStatus.REVOKED, rejectsInARow, on) : this;
    }

    /** Staff turn a suspended mandate back on: its rejects are forgotten. */
    public DirectDebitMandate reactivate() {
        if (!live()) {
            throw new IllegalStateException("A revoked mandate stays revoked: a new one is signed");
        }
        return with(MandateStatus.ACTIVE, 0, null);
    }

    /** A collection of this mandate was rejected: revoked for a closed account or no mandate, suspended at the second reject in a row. */
    public DirectDebitMandate rejected(RejectReason reason, LocalDate on) {
        if (!live()) {
            return this;
        }
        if (reason.revokesMandate()) {
            return with(MandateStatus.REVOKED, rejectsInARow + 1, on);
        }
        int rejects = rejectsInARow + 1;
        return with(rejects >= REJECTS_BEFORE_SUSPENSION ? MandateStatus.SUSPENDED : status, rejects, null);
    }

    /** A collection of this mandate went through: its rejects are no longer in a row. */
    public DirectDebitMandate collected() {
        return rejectsInARow == 0 ? this : with(status, 0, endedOn);
    }

    private DirectDebitMandate with(MandateStatus newStatus, int rejects, LocalDate ended) {
        return new DirectDebitMandate(id, family, regie, rum, holder, iban, signedOn, online, newStatus, rejects, ended);
    }
}
