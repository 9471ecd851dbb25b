package fr.espacefamille.domain.billing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reason codes of an R-transaction (reject, return, refusal) of the EPC SDD Core rulebook, with
 * what a family is told. {@code AC04} (closed account) and {@code MD01} (no mandate) end the mandate.
 */
public enum RejectReason {
    AC01("Numéro de compte incorrect"),
    AC04("Compte clôturé"),
    AC06("Compte bloqué"),
    AG01("Opération interdite sur ce compte"),
    AG02("Code d'opération incorrect"),
    AM04("Provision insuffisante"),
    AM05("Opération en double"),
    BE05("Créancier non reconnu par la banque"),
    CNOR("Banque du créancier injoignable"),
    DNOR("Banque du débiteur injoignable"),
    FF01("Format de fichier incorrect"),
    MD01("Absence de mandat"),
    MD02("Informations du mandat manquantes ou erronées"),
    MD06("Remboursement demandé par le titulaire du compte"),
    MD07("Titulaire du compte décédé"),
    MS02("Refus du titulaire du compte, sans motif précisé"),
    MS03("Rejet de la banque, sans motif précisé"),
    RC01("Code BIC incorrect"),
    RR01("Identification du titulaire du compte manquante"),
    RR02("Nom ou adresse du titulaire du compte manquant"),
    RR03("Nom ou adresse du créancier manquant"),
    RR04("Motif réglementaire"),
    SL01("Opposition posée auprès de la banque du titulaire du compte");

    private final String frenchLabel;

    RejectReason(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    /** A reject for these reasons means the mandate can no longer be used. */
    public boolean revokesMandate() {
        return this == AC04 || this == MD01;
    }

    public static Optional<RejectReason> of(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }
}
