package fr.espacefamille.domain.billing;

/** A SEPA direct debit's sequence type: the first collection of a mandate, then the recurring ones. */
public enum SequenceType {
    FRST,
    RCUR
}
