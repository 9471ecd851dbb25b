package fr.espacefamille.adapter.paybox;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A Paybox response code (return letter E) and what it means for a parent, in French. */
public record PayboxResponseCode(String code) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    // Declared after FIVE_DIGITS, which its constructor needs during class initialisation.
    public static final PayboxResponseCode SUCCESS = new PayboxResponseCode("00000");
    private static final String BANK_REFUSAL = "Paiement refusé par la banque";

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("00000", "Paiement accepté"),
            Map.entry("00001", "Paiement annulé ou connexion interrompue"),
            Map.entry("00003", "Erreur du service de paiement, veuillez réessayer plus tard"),
            Map.entry("00004", "Numéro de carte ou cryptogramme invalide"),
            Map.entry("00006", "Paiement en ligne indisponible (configuration du commerçant), contactez la mairie"),
            Map.entry("00008", "Date d'expiration invalide"),
            Map.entry("00010", "Devise inconnue"),
            Map.entry("00011", "Montant incorrect"),
            Map.entry("00015", "Paiement déjà effectué"),
            Map.entry("00021", "Carte non autorisée"),
            Map.entry("00029", "Carte non conforme"),
            Map.entry("00030", "Délai dépassé sur la page de paiement"),
            Map.entry("00033", "Paiement refusé pour le pays de la carte"),
            Map.entry("00040", "Paiement refusé : carte sans authentification 3-D Secure"),
            Map.entry("99999", "Paiement en attente"));

    // The most frequent bank reasons of a 001xx code (xx = CB reason). Lost, stolen and fraud
    // reasons stay generic on purpose: a parent is told to call the bank, not accused.
    private static final Map<String, String> BANK_REASONS = Map.ofEntries(
            Map.entry("02", "contactez votre banque"),
            Map.entry("05", "autorisation refusée"),
            Map.entry("12", "transaction invalide"),
            Map.entry("13", "montant invalide"),
            Map.entry("14", "numéro de carte invalide"),
            Map.entry("33", "carte expirée"),
            Map.entry("51", "provision insuffisante"),
            Map.entry("54", "carte expirée"),
            Map.entry("55", "code confidentiel erroné"),
            Map.entry("57", "opération non permise pour cette carte"),
            Map.entry("61", "plafond de paiement dépassé"),
            Map.entry("75", "nombre d'essais du code confidentiel dépassé"),
            Map.entry("91", "banque de la carte injoignable, réessayez plus tard"));

    public PayboxResponseCode {
        Objects.requireNonNull(code, "code");
        if (!FIVE_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("A Paybox response code has 5 digits, got '" + code + "'");
        }
    }

    public boolean isSuccess() {
        return SUCCESS.equals(this);
    }

    /** A refusal by the card's bank, whose reason is the last two digits. */
    public boolean isBankRefusal() {
        return code.startsWith("001");
    }

    /** The sentence shown to the parent. */
    public String meaning() {
        if (isBankRefusal()) {
            String reason = BANK_REASONS.get(code.substring(3));
            return reason == null ? BANK_REFUSAL : BANK_REFUSAL + " (" + reason + ")";
        }
        return MEANINGS.getOrDefault(code, "Le paiement n'a pas abouti (code " + code + ")");
    }
}
