package fr.espacefamille.adapter.paybox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The variables of a Paybox notification, as named by {@link PayboxRequestSigner#RETOUR}. Parsing
 * says nothing about authenticity: check the signature with {@link NotificationVerifier} first.
 *
 * @param authorisation absent when the payment was refused
 * @param call the Paybox call number (T); absent when Paybox sent none
 * @param transaction the Paybox transaction number (S); absent when Paybox sent none
 */
public record PayboxNotification(
        long amountCents,
        String reference,
        Optional<String> authorisation,
        Optional<String> call,
        Optional<String> transaction,
        PayboxResponseCode code) {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    public PayboxNotification {
        if (amountCents < 0) {
            throw new IllegalArgumentException("Amount cannot be negative, got " + amountCents);
        }
        Objects.requireNonNull(reference, "reference");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("Reference must not be blank");
        }
        Objects.requireNonNull(authorisation, "authorisation");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(code, "code");
    }

    /**
     * Reads a raw query string such as {@code montant=1000&ref=F-12&auto=XXXXXX&appel=…&sign=…}.
     *
     * @throws MalformedNotificationException when montant, ref or erreur is missing or invalid
     */
    public static PayboxNotification parse(String rawQueryString) {
        Map<String, String> values = decode(rawQueryString);
        String amount = required(values, "montant");
        if (!DIGITS.matcher(amount).matches()) {
            throw new MalformedNotificationException("Notification amount 'montant' must be digits, got '" + amount + "'");
        }
        String code = required(values, "erreur");
        PayboxResponseCode responseCode;
        try {
            responseCode = new PayboxResponseCode(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedNotificationException("Notification code 'erreur': " + e.getMessage());
        }
        return new PayboxNotification(
                Long.parseLong(amount),
                required(values, "ref"),
                optional(values, "auto"),
                optional(values, "appel"),
                optional(values, "trans"),
                responseCode);
    }

    private static Map<String, String> decode(String rawQueryString) {
        if (rawQueryString == null || rawQueryString.isEmpty()) {
            throw new MalformedNotificationException("Empty notification");
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : rawQueryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (values.putIfAbsent(formDecode(name), formDecode(value)) != null) {
                throw new MalformedNotificationException("Notification repeats the variable '" + name + "'");
            }
        }
        return values;
    }

    /** Form decoding is right for reading values; the signature is checked on the raw text. */
    private static String formDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedNotificationException("Notification is not properly URL-encoded near '" + text + "'");
        }
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new MalformedNotificationException("Notification lacks the variable '" + name + "'");
        }
        return value;
    }

    private static Optional<String> optional(Map<String, String> values, String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
    }
}
