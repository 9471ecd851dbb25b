package fr.espacefamille.domain.reminder;

/** The two reminders of an unpaid invoice, each sent a number of calendar days after its due date (SPEC §11). */
public enum ReminderLevel {
    FIRST(1, 10, "Première relance"),
    SECOND(2, 25, "Seconde relance");

    private final int number;
    private final int daysAfterDue;
    private final String frenchName;

    ReminderLevel(int number, int daysAfterDue, String frenchName) {
        this.number = number;
        this.daysAfterDue = daysAfterDue;
        this.frenchName = frenchName;
    }

    /** 1 or 2, as the API shows it. */
    public int number() {
        return number;
    }

    public int daysAfterDue() {
        return daysAfterDue;
    }

    public String frenchName() {
        return frenchName;
    }

    public static ReminderLevel ofNumber(int number) {
        for (ReminderLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("No reminder level " + number);
    }
}
