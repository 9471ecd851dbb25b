package fr.espacefamille.domain.billing;

import java.math.BigInteger;
import java.util.Locale;

/** A bank account number (IBAN), checked by its ISO 13616 check digits; shown masked. */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        if (value == null) {
            throw new IllegalArgumentException("L'IBAN est obligatoire");
        }
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") || !checksumHolds(value)) {
            throw new IllegalArgumentException("L'IBAN n'est pas valide");
        }
    }

    private static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** Enough to recognise the account, never the whole of it: {@code FR76 … 0189}. */
    public String masked() {
        return value.substring(0, 4) + " … " + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
