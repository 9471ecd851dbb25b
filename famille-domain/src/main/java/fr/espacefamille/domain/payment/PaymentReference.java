package fr.espacefamille.domain.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.espacefamille.domain.billing.InvoiceNumber;

/**
 * The reference of one card-payment attempt (PBX_CMD): the invoice's number without dashes, then a
 * suffix unique to the attempt, e.g. {@code AS2026000123-K7Q2M9XA}. Only {@code [A-Za-z0-9_-]}, so
 * that it travels unchanged through forms, URLs and the provider's notification.
 */
public record PaymentReference(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,250}");

    public PaymentReference {
        Objects.requireNonNull(value, "reference");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("Référence de paiement invalide");
        }
    }

    /** The reference of a new attempt to pay {@code invoice}; {@code suffix} makes it unique. */
    public static PaymentReference of(InvoiceNumber invoice, String suffix) {
        return new PaymentReference(invoice.toString().replace("-", "") + "-" + suffix);
    }

    /** The reference written in {@code text}, or empty when it cannot be one of ours (never an exception). */
    public static Optional<PaymentReference> parse(String text) {
        return text != null && ALLOWED.matcher(text).matches() ? Optional.of(new PaymentReference(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
