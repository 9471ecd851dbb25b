package fr.espacefamille.adapter.paybox;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One payment attempt to send to the hosted payment page, in euros.
 *
 * @param amountCents PBX_TOTAL, strictly positive
 * @param reference PBX_CMD, unique per attempt; restricted to {@code [A-Za-z0-9_-]} so that it
 *     survives every encoding on the way to Paybox and back unchanged
 * @param payerEmail PBX_PORTEUR
 * @param time PBX_TIME; passed in because the adapter never reads the clock itself
 */
public record PayboxPayment(
        long amountCents,
        String reference,
        String payerEmail,
        OffsetDateTime time,
        PayboxReturnUrls urls,
        PayboxBilling billing) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,250}");
    // Paybox's own limits (6–120 characters); the full address syntax is the account's business.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public PayboxPayment {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("Amount must be positive, got " + amountCents + " cents");
        }
        Objects.requireNonNull(reference, "reference");
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException(
                    "Reference must be 1 to 250 characters among A-Z a-z 0-9 _ -, got '" + reference + "'");
        }
        Objects.requireNonNull(payerEmail, "payerEmail");
        if (payerEmail.length() < 6 || payerEmail.length() > 120 || !EMAIL.matcher(payerEmail).matches()) {
            throw new IllegalArgumentException(
                    "Payer e-mail must be an address of 6 to 120 characters, got '" + payerEmail + "'");
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(urls, "urls");
        Objects.requireNonNull(billing, "billing");
    }
}
