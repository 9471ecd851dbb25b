package fr.espacefamille.domain.canteen;

/** How a booked day covered by a reported absence is billed. */
public enum AbsenceBilling {
    /** Jour de carence: the first day of an illness with a certificate, billed as a booked meal. */
    CARENCE_DAY,
    /** Not billed (illness with a certificate after the first day, hospitalisation). */
    NOT_BILLED,
    /** Billed as a booked meal (other reasons, illness without a certificate). */
    BILLED
}
