package fr.espacefamille.application.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.reminder.Reminders;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.reminder.Reminder;

/** In-memory {@link Reminders}: one per invoice and level, as the database's key makes it. */
public final class InMemoryReminders implements Reminders {

    private final Map<String, Reminder> reminders;

    public InMemoryReminders(InMemoryTransactions transactions) {
        this.reminders = new InMemoryMap<String, Reminder>(transactions).map();
    }

    @Override
    public void add(Reminder reminder) {
        if (reminders.putIfAbsent(reminder.invoice() + "/" + reminder.level(), reminder) != null) {
            throw new IllegalStateException("Reminder already sent: " + reminder);
        }
    }

    @Override
    public List<Reminder> of(InvoiceId invoice) {
        return reminders.values().stream().filter(r -> r.invoice().equals(invoice))
                .sorted(Comparator.comparing(Reminder::level)).toList();
    }

    @Override
    public Map<InvoiceId, List<Reminder>> of(Collection<InvoiceId> invoices) {
        var wanted = new HashSet<>(invoices);
        Map<InvoiceId, List<Reminder>> found = new LinkedHashMap<>();
        reminders.values().stream().filter(r -> wanted.contains(r.invoice())).sorted(Comparator.comparing(Reminder::level))
                .forEach(r -> found.computeIfAbsent(r.invoice(), id -> new ArrayList<>()).add(r));
        return found;
    }
}
