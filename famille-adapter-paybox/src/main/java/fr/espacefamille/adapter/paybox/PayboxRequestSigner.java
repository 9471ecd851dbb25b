package fr.espacefamille.adapter.paybox;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds the hosted-payment-page form of a payment and signs it with the merchant's HMAC key. */
public final class PayboxRequestSigner {

    /** Euro, ISO 4217 numeric. */
    public static final String CURRENCY_EUR = "978";

    /** The variables Paybox returns; the signature letter K must come last. */
    public static final String RETOUR = "montant:M;ref:R;auto:A;appel:T;trans:S;erreur:E;sign:K";

    private static final String SHOPPING_CART =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><shoppingcart><total><totalQuantity>1</totalQuantity></total></shoppingcart>";

    // Whole seconds and always "+hh:mm", as in the manual's examples: ISO_OFFSET_DATE_TIME would
    // print "Z" for UTC and any fraction of a second.
    private static final DateTimeFormatter PBX_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** The order in which {@link #sign} writes the fields, PBX_HMAC last. */
    static final List<String> FIELD_ORDER = List.of("PBX_SITE", "PBX_RANG", "PBX_IDENTIFIANT", "PBX_TOTAL", "PBX_DEVISE",
            "PBX_CMD", "PBX_PORTEUR", "PBX_RETOUR", "PBX_HASH", "PBX_TIME", "PBX_EFFECTUE", "PBX_REFUSE", "PBX_ANNULE",
            "PBX_REPONDRE_A", "PBX_SHOPPINGCART", "PBX_BILLING");

    private final PayboxCredentials credentials;

    public PayboxRequestSigner(PayboxCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public PayboxForm sign(PayboxPayment payment) {
        Objects.requireNonNull(payment, "payment");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PBX_SITE", credentials.site());
        fields.put("PBX_RANG", credentials.rang());
        fields.put("PBX_IDENTIFIANT", credentials.identifiant());
        fields.put("PBX_TOTAL", Long.toString(payment.amountCents()));
        fields.put("PBX_DEVISE", CURRENCY_EUR);
        fields.put("PBX_CMD", payment.reference());
        fields.put("PBX_PORTEUR", payment.payerEmail());
        fields.put("PBX_RETOUR", RETOUR);
        fields.put("PBX_HASH", "SHA512");
        fields.put("PBX_TIME", PBX_TIME.format(payment.time()));
        fields.put("PBX_EFFECTUE", payment.urls().accepted().toString());
        fields.put("PBX_REFUSE", payment.urls().refused().toString());
        fields.put("PBX_ANNULE", payment.urls().cancelled().toString());
        fields.put("PBX_REPONDRE_A", payment.urls().notification().toString());
        fields.put("PBX_SHOPPINGCART", SHOPPING_CART);
        fields.put("PBX_BILLING", payment.billing().toXml());
        fields.put("PBX_HMAC", hmac(join(fields), credentials.hmacKeyBytes()));
        return new PayboxForm(fields);
    }

    /**
     * True when {@code fields} carry a PBX_HMAC made with our key over the other fields in their
     * order, as the provider checks a posted form.
     */
    public boolean verifies(Map<String, String> fields) {
        String given = fields.get("PBX_HMAC");
        if (given == null) {
            return false;
        }
        // a browser posts the fields in the form's order, but a form parser need not keep it
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : FIELD_ORDER) {
            if (fields.containsKey(name)) {
                signed.put(name, fields.get(name));
            }
        }
        if (signed.size() != fields.size() - 1) {
            return false;
        }
        String expected = hmac(join(signed), credentials.hmacKeyBytes());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** The string Paybox recomputes: {@code NAME=value} joined by {@code &}, values not URL-encoded. */
    static String join(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining("&"));
    }

    /**
     * Uppercase hex HMAC-SHA512 of the UTF-8 bytes of {@code joined}, keyed with the bytes that
     * {@code hexKey} spells (not its ASCII text).
     */
    public static String hmac(String joined, String hexKey) {
        Objects.requireNonNull(hexKey, "hexKey");
        return hmac(joined, HexFormat.of().parseHex(hexKey));
    }

    private static String hmac(String joined, byte[] key) {
        Objects.requireNonNull(joined, "joined");
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key, "HmacSHA512"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java 17 runtime ships HmacSHA512, and a non-empty key is always valid for it.
            throw new IllegalStateException("HMAC-SHA512 unavailable", e);
        }
    }
}
