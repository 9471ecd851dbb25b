package fr.espacefamille.domain.billing;

/** What happened at the canteen for one child on one service day, as far as billing is concerned. */
public enum CanteenDayKind {
    /** Booked and present at the attendance check. */
    BOOKED_EATEN,
    /** Booked, and no attendance check was recorded that day: billed as booked. */
    BOOKED_UNCHECKED,
    /** Booked, marked absent, and no absence reported: billed as booked (SPEC §2). */
    BOOKED_ABSENT_UNREPORTED,
    /** Present without a booking: the family's price plus the surcharge. */
    UNBOOKED_EATEN,
    /** The first booked day of an illness reported with a certificate (jour de carence): billed. */
    ABSENCE_CARENCE,
    /** A reported absence that is not billed (illness after the carence day, hospitalisation). */
    ABSENCE_NOT_BILLED,
    /** A reported absence past the booking deadline for a reason that is billed (family event, other, illness without certificate). */
    LATE_ABSENCE_BILLED
}
