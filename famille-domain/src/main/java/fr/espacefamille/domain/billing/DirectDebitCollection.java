package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/**
 * One invoice in a direct-debit file: the amount asked (the invoice's balance when the file was
 * made) under a mandate, whose reference, holder and IBAN are kept as they were in the file. Once
 * the file is executed it holds the payment it gave; a reject keeps its reason code.
 */
public record DirectDebitCollection(DirectDebitFileId file, InvoiceId invoice, InvoiceNumber number, YearMonth month,
        FamilyId family, MandateId mandate, String rum, LocalDate signedOn, String holder, Iban iban, SequenceType sequence,
        Money amount, CollectionStatus status, PaymentId payment, RejectReason reason, LocalDate rejectedOn) {

    public DirectDebitCollection {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(mandate, "mandate");
        Objects.requireNonNull(rum, "rum");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(status, "status");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A collection asks for a positive amount");
        }
        if ((status == CollectionStatus.COLLECTED) != (payment != null)) {
            throw new IllegalArgumentException("A collected invoice, and only it, has its payment");
        }
        if ((status == CollectionStatus.REJECTED) != (reason != null && rejectedOn != null)) {
            throw new IllegalArgumentException("A rejected collection, and only it, has its reason and date");
        }
    }

    /** The collection of {@code invoice}'s balance under {@code mandate}, pending in {@code file}. */
    public static DirectDebitCollection of(DirectDebitFileId file, InvoiceSummary invoice, DirectDebitMandate mandate,
            SequenceType sequence) {
        return new DirectDebitCollection(file, invoice.id(), invoice.number(), invoice.month(), invoice.family(), mandate.id(),
                mandate.rum(), mandate.signedOn(), mandate.holder(), mandate.iban(), sequence, invoice.balance(),
                CollectionStatus.PENDING, null, null, null);
    }

    public DirectDebitCollection collected(PaymentId by) {
        if (status != CollectionStatus.PENDING) {
            throw new IllegalStateException("Only a pending collection is collected: " + number);
        }
        return new DirectDebitCollection(file, invoice, number, month, family, mandate, rum, signedOn, holder, iban, sequence,
                amount, CollectionStatus.COLLECTED, by, null, null);
    }

    public DirectDebitCollection rejected(RejectReason why, LocalDate on) {
        if (status == CollectionStatus.REJECTED) {
            throw new IllegalStateException("Already rejected: " + number);
        }
        return new DirectDebitCollection(file, invoice, number, month, family, mandate, rum, signedOn, holder, iban, sequence,
                amount, CollectionStatus.REJECTED, null, why, on);
    }
}
