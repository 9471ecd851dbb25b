package fr.espacefamille.adapter.jdbc.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.reminder.Reminders;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.reminder.Reminder;
import fr.espacefamille.domain.reminder.ReminderLevel;

/** {@link Reminders} in {@code invoice_reminders}, whose primary key is the claim of each reminder. */
public final class JdbiReminders implements Reminders {

    private static final String SELECT = "SELECT invoice_id, reminder_level, sent_on FROM invoice_reminders ";

    private final JdbiContext db;

    public JdbiReminders(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Reminder reminder) {
        db.useHandle(handle -> handle.createUpdate(
                "INSERT INTO invoice_reminders (invoice_id, reminder_level, sent_on) VALUES (:invoice, :level, :sentOn)")
                .bind("invoice", reminder.invoice()).bind("level", reminder.level().number()).bind("sentOn", reminder.sentOn())
                .execute());
    }

    @Override
    public List<Reminder> of(InvoiceId invoice) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE invoice_id = :invoice ORDER BY reminder_level")
                .bind("invoice", invoice).map(JdbiReminders::reminder).list());
    }

    @Override
    public Map<InvoiceId, List<Reminder>> of(Collection<InvoiceId> invoices) {
        Map<InvoiceId, List<Reminder>> found = new LinkedHashMap<>();
        List<UUID> ids = invoices.stream().map(InvoiceId::value).distinct().toList();
        // a bounded IN list per statement, whatever the number of invoices
        for (int from = 0; from < ids.size(); from += 1000) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            db.useHandle(handle -> handle.createQuery(SELECT + "WHERE invoice_id IN (<ids>) ORDER BY invoice_id, reminder_level")
                    .bindList("ids", chunk).map(JdbiReminders::reminder)
                    .forEach(reminder -> found.computeIfAbsent(reminder.invoice(), id -> new ArrayList<>()).add(reminder)));
        }
        return found;
    }

    private static Reminder reminder(ResultSet row, StatementContext ctx) throws SQLException {
        return new Reminder(Columns.get(row, "invoice_id", InvoiceId.class, ctx), ReminderLevel.ofNumber(row.getInt("reminder_level")),
                Columns.date(row, "sent_on"));
    }
}
