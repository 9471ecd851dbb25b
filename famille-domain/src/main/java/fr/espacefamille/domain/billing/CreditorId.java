package fr.espacefamille.domain.billing;

import java.util.Locale;

/**
 * The town's SEPA creditor identifier (ICS, identifiant créancier SEPA), e.g. {@code FR72ZZZ123456}:
 * country, two check digits, a three-character business code that the check ignores, then the
 * national identifier. The check digits are ISO 7064 mod 97-10 over the national identifier followed
 * by the country and {@code 00} (EPC262).
 */
public record CreditorId(String value) {

    public CreditorId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("L'identifiant créancier SEPA est obligatoire.");
        }
        value = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}")) {
            throw new IllegalArgumentException("L'identifiant créancier SEPA « " + value
                    + " » n'a pas la forme attendue (ex. FR72ZZZ123456).");
        }
        int check = 98 - Mod97.remainder(value.substring(7) + value.substring(0, 2) + "00");
        if (check != Integer.parseInt(value.substring(2, 4))) {
            throw new IllegalArgumentException("La clé de l'identifiant créancier SEPA « " + value + " » est fausse (attendue : "
                    + String.format(Locale.ROOT, "%02d", check) + ").");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
