package fr.espacefamille.domain.reminder;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.billing.InvoiceId;

/** A reminder of an invoice, sent once per level, on a day. */
public record Reminder(InvoiceId invoice, ReminderLevel level, LocalDate sentOn) {

    public Reminder {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sentOn, "sentOn");
    }
}
