package fr.espacefamille.application.reminder;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.reminder.Reminder;

/** Out-port: the reminders sent, at most one per invoice and level (the store refuses a second). */
public interface Reminders {

    void add(Reminder reminder);

    /** An invoice's reminders, the first level first. */
    List<Reminder> of(InvoiceId invoice);

    /** The reminders of these invoices; an invoice without any is left out. */
    Map<InvoiceId, List<Reminder>> of(Collection<InvoiceId> invoices);
}
