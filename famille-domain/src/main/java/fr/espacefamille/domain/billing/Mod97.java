package fr.espacefamille.domain.billing;

/** ISO 7064 MOD 97-10 over letters and digits, letters counting A = 10 … Z = 35 (IBAN and SEPA creditor identifiers). */
final class Mod97 {

    private Mod97() {
    }

    /** The remainder modulo 97 of the number {@code alphanumeric} stands for, computed digit by digit. */
    static int remainder(String alphanumeric) {
        int remainder = 0;
        for (char c : alphanumeric.toCharArray()) {
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
