package fr.espacefamille.adapter.jdbc.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.billing.ReminderFixtures;
import fr.espacefamille.application.inmemory.InMemoryReminders;
import fr.espacefamille.application.reminder.Reminders;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.reminder.Reminder;
import fr.espacefamille.domain.reminder.ReminderLevel;

/** What every {@link Reminders} store does. */
abstract class RemindersContract extends StoreContract {

    private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

    private Reminders reminders;
    private Invoice martin;
    private Invoice nguyen;

    RemindersContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        reminders = backend.store(InMemoryReminders::new, JdbiReminders::new);
        List<Invoice> invoices = ReminderFixtures.twoIssuedInvoices(backend);
        martin = invoices.get(0);
        nguyen = invoices.get(1);
    }

    @Test
    void reads_back_an_invoice_s_reminders_first_level_first() {
        Reminder second = new Reminder(martin.id(), ReminderLevel.SECOND, NOV_25.plusDays(15));
        Reminder first = new Reminder(martin.id(), ReminderLevel.FIRST, NOV_25);
        reminders.add(second);
        reminders.add(first);
        reminders.add(new Reminder(nguyen.id(), ReminderLevel.FIRST, NOV_25));

        assertThat(reminders.of(martin.id())).containsExactly(first, second);
        assertThat(reminders.of(InvoiceId.random())).isEmpty();
        Map<InvoiceId, List<Reminder>> both = reminders.of(List.of(martin.id(), nguyen.id(), InvoiceId.random()));
        assertThat(both).containsOnlyKeys(martin.id(), nguyen.id());
        assertThat(both.get(martin.id())).containsExactly(first, second);
        assertThat(reminders.of(List.of())).isEmpty();
    }

    @Test
    void a_level_is_sent_once_per_invoice() {
        reminders.add(new Reminder(martin.id(), ReminderLevel.FIRST, NOV_25));

        assertThatThrownBy(() -> backend.transactions().run(() -> reminders.add(new Reminder(martin.id(), ReminderLevel.FIRST,
                NOV_25.plusDays(1))))).isInstanceOf(RuntimeException.class);
        assertThat(reminders.of(martin.id())).containsExactly(new Reminder(martin.id(), ReminderLevel.FIRST, NOV_25));
    }
}
