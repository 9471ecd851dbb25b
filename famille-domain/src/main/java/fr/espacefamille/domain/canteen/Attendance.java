package fr.espacefamille.domain.canteen;

/** What the attendance check (pointage) says of a child on a day. */
public enum Attendance {
    PRESENT, ABSENT, NOT_CHECKED;

    public static Attendance of(Boolean present) {
        return present == null ? NOT_CHECKED : present ? PRESENT : ABSENT;
    }
}
