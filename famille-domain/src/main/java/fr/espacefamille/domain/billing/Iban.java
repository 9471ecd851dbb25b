package fr.espacefamille.domain.billing;

import java.util.Locale;
import java.util.Map;

/**
 * A bank account number (IBAN) of the SEPA zone: its country, its length for that country and its
 * ISO 7064 mod 97-10 check digits are checked; spaces and lower case are accepted and normalised.
 * Shown masked everywhere but in the direct-debit file.
 */
public record Iban(String value) {

    /** The countries of the SEPA schemes' geographical scope (EPC409) and their IBAN lengths. */
    private static final Map<String, Integer> SEPA_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
            Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22));

    public Iban {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("L'IBAN est obligatoire.");
        }
        value = value.replaceAll("[\\s\\u00A0\\u202F]", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            throw new IllegalArgumentException("Un IBAN commence par deux lettres (le pays) et deux chiffres, suivis de lettres et de chiffres seulement.");
        }
        Integer length = SEPA_LENGTHS.get(value.substring(0, 2));
        if (length == null) {
            throw new IllegalArgumentException("Le pays « " + value.substring(0, 2) + " » de cet IBAN n'est pas dans la zone SEPA : le prélèvement y est impossible.");
        }
        if (value.length() != length) {
            throw new IllegalArgumentException("Un IBAN " + value.substring(0, 2) + " compte " + length + " caractères, celui-ci en a "
                    + value.length() + ".");
        }
        if (Mod97.remainder(value.substring(4) + value.substring(0, 4)) != 1) {
            throw new IllegalArgumentException("La clé de contrôle de cet IBAN est fausse : vérifiez chaque caractère.");
        }
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** Enough to recognise the account, never the whole of it, by groups of four: {@code FR76 **** **** **** **** ***0 189}. */
    public String masked() {
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                masked.append(' ');
            }
            masked.append(i < 4 || i >= value.length() - 4 ? value.charAt(i) : '*');
        }
        return masked.toString();
    }

    /** The short form printed on invoices: {@code FR76 **** …0189}. */
    public String shortMasked() {
        return value.substring(0, 4) + " **** …" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
