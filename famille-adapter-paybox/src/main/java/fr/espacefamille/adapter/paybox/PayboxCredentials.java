package fr.espacefamille.adapter.paybox;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A merchant's Paybox account: site, rang and identifiant as given by the bank, and the
 * HMAC secret as the hexadecimal text shown in the Paybox back office.
 */
public record PayboxCredentials(String site, String rang, String identifiant, String hmacKeyHex) {

    private static final Pattern SITE = Pattern.compile("\\d{7}");
    private static final Pattern RANG = Pattern.compile("\\d{2,3}");
    private static final Pattern IDENTIFIANT = Pattern.compile("\\d{1,9}");
    private static final Pattern HEX = Pattern.compile("(?:[0-9A-Fa-f]{2})+");

    public PayboxCredentials {
        requireMatch(SITE, site, "site", "7 digits");
        requireMatch(RANG, rang, "rang", "2 or 3 digits");
        requireMatch(IDENTIFIANT, identifiant, "identifiant", "1 to 9 digits");
        Objects.requireNonNull(hmacKeyHex, "hmacKeyHex");
        // The key itself never goes into the message: it would end up in logs.
        if (!HEX.matcher(hmacKeyHex).matches()) {
            throw new IllegalArgumentException(
                    "Paybox HMAC key must be a non-empty even number of hexadecimal digits (got "
                            + hmacKeyHex.length() + " characters)");
        }
        hmacKeyHex = hmacKeyHex.toUpperCase(Locale.ROOT);
    }

    /** The provider's public pre-production account (without 3-D Secure), usable by anyone. */
    public static PayboxCredentials publicTestAccount() {
        return new PayboxCredentials("1999888", "32", "107904482", "0123456789ABCDEF".repeat(8));
    }

    /** The secret as HMAC key bytes: Paybox keys with the decoded bytes, not the ASCII text. */
    byte[] hmacKeyBytes() {
        return HexFormat.of().parseHex(hmacKeyHex);
    }

    /** Hides the secret so that logging a configuration cannot leak it. */
    @Override
    public String toString() {
        return "PayboxCredentials[site=" + site + ", rang=" + rang + ", identifiant=" + identifiant
                + ", hmacKeyHex=***]";
    }

    private static void requireMatch(Pattern pattern, String value, String name, String expected) {
        Objects.requireNonNull(value, name);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Paybox " + name + " must be " + expected + ", got '" + value + "'");
        }
    }
}
