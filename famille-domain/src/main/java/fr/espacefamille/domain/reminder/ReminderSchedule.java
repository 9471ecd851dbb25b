package fr.espacefamille.domain.reminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * When an unpaid invoice is reminded and when it goes to the Trésor public, in calendar days after
 * its due date (SPEC §11): first reminder at due + 10, second at due + 25, transfer at due + 40.
 * Days are dates of Europe/Paris, so that no change of hour moves them. A job that did not run for
 * a while catches up with the latest step only: it never sends a reminder older than one already
 * sent, nor a reminder once the invoice is due for transfer.
 */
public final class ReminderSchedule {

    public static final int TRANSFER_DAYS_AFTER_DUE = 40;

    private ReminderSchedule() {
    }

    public static LocalDate reminderDay(LocalDate dueOn, ReminderLevel level) {
        return dueOn.plusDays(level.daysAfterDue());
    }

    public static LocalDate transferDay(LocalDate dueOn) {
        return dueOn.plusDays(TRANSFER_DAYS_AFTER_DUE);
    }

    public static boolean transferDue(LocalDate dueOn, LocalDate today) {
        return !today.isBefore(transferDay(dueOn));
    }

    /** The reminder to send today for an unpaid invoice that already had {@code sent}, if any. */
    public static Optional<ReminderLevel> reminderDue(LocalDate dueOn, Collection<ReminderLevel> sent, LocalDate today) {
        if (transferDue(dueOn, today)) {
            return Optional.empty();
        }
        ReminderLevel latest = null;
        for (ReminderLevel level : ReminderLevel.values()) {
            if (!today.isBefore(reminderDay(dueOn, level))) {
                latest = level;
            }
        }
        ReminderLevel due = latest;
        if (due == null || sent.stream().anyMatch(level -> level.compareTo(due) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(due);
    }
}
