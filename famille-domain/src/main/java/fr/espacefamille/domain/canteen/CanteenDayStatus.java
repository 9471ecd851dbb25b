package fr.espacefamille.domain.canteen;

/** What a calendar day is for a child in the canteen. */
public enum CanteenDayStatus {
    /** A meal is booked. */
    BOOKED,
    /** A service day the child may be booked on, without a booking. */
    NOT_BOOKED,
    /** A booked meal covered by a reported absence. */
    ABSENT,
    /** No canteen for this child that day: not a service day, or a school year the child is not enrolled in. */
    NO_SERVICE
}
