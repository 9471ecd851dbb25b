package fr.espacefamille.domain.canteen;

/** What a child's canteen day costs the family, as billing reads it. */
public enum MealCharge {
    /** A booked meal, eaten or not checked: the family's price. */
    BOOKED_MEAL(true, false),
    /** Booked, checked absent, no absence reported: billed as booked. */
    BOOKED_MEAL_MISSED(true, false),
    /** Eaten without a booking: the family's price plus the unbooked-meal surcharge. */
    UNBOOKED_MEAL(true, true),
    /** First day of an illness reported with a certificate (jour de carence): the family's price. */
    CARENCE_DAY(true, false),
    /** A reported absence billed as a booked meal (other reasons, illness without certificate). */
    ABSENCE_BILLED(true, false),
    /** A reported absence that is not billed. */
    ABSENCE_NOT_BILLED(false, false),
    /** Nothing booked, nothing eaten. */
    NOTHING(false, false);

    private final boolean billed;
    private final boolean surcharged;

    MealCharge(boolean billed, boolean surcharged) {
        this.billed = billed;
        this.surcharged = surcharged;
    }

    /** True when the day is billed one meal. */
    public boolean billed() {
        return billed;
    }

    /** True when the unbooked-meal surcharge is added to the meal's price. */
    public boolean surcharged() {
        return surcharged;
    }
}
