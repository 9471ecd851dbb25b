package fr.espacefamille.adapter.paybox;

import java.util.Objects;

/**
 * The paying guardian's billing address, sent as PBX_BILLING for 3-D Secure v2. The country is
 * always France (ISO 3166 numeric 250): the portal serves a French town.
 */
public record PayboxBilling(String firstName, String lastName, String addressLine, String zipCode, String city) {

    public PayboxBilling {
        requireText(firstName, "firstName");
        requireText(lastName, "lastName");
        requireText(addressLine, "addressLine");
        requireText(zipCode, "zipCode");
        requireText(city, "city");
    }

    /** The PBX_BILLING value; every user-typed value is XML-escaped. */
    public String toXml() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Billing><Address>"
                + "<FirstName>" + escape(firstName) + "</FirstName>"
                + "<LastName>" + escape(lastName) + "</LastName>"
                + "<Address1>" + escape(addressLine) + "</Address1>"
                + "<ZipCode>" + escape(zipCode) + "</ZipCode>"
                + "<City>" + escape(city) + "</City>"
                + "<CountryCode>250</CountryCode>"
                + "</Address></Billing>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("Billing " + name + " must not be blank");
        }
        // Control characters are not allowed in XML 1.0 and would make Paybox reject the form.
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Billing " + name + " must not contain control characters");
        }
    }
}
