package fr.espacefamille.application.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.reminder.Reminder;

/**
 * The reminders of an invoice, for its family and staff; and the family's invoices the town has
 * reminded or transferred, which its dashboard shows in a banner.
 */
public final class ReadReminders {

    /** An invoice a family is warned about, with its reminders (none when transferred before any). */
    public record Warning(InvoiceSummary invoice, List<Reminder> reminders, InvoiceStatus status) {
    }

    private final Invoices invoices;
    private final Reminders reminders;
    private final Clock clock;

    public ReadReminders(Invoices invoices, Reminders reminders, Clock clock) {
        this.invoices = invoices;
        this.reminders = reminders;
        this.clock = clock;
    }

    public List<Reminder> of(Actor actor, InvoiceId id) {
        invoices.byId(id).filter(invoice -> actor.mayReach(invoice.family()) && (actor.isStaff() || invoice.issued()))
                .orElseThrow(Refusals::notFound);
        return reminders.of(id);
    }

    /** The acting parent's invoices still unpaid after a reminder, and those transferred to the Trésor public. */
    public List<Warning> warningsOfOwnFamily(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<InvoiceSummary> owing = actor.family().map(invoices::issuedToFamily).orElse(List.of()).stream()
                .filter(s -> s.status(today) == InvoiceStatus.OVERDUE || s.status(today) == InvoiceStatus.TRANSFERRED).toList();
        Map<InvoiceId, List<Reminder>> sent = reminders.of(owing.stream().map(InvoiceSummary::id).toList());
        return owing.stream()
                .filter(s -> s.status(today) == InvoiceStatus.TRANSFERRED || sent.containsKey(s.id()))
                .map(s -> new Warning(s, sent.getOrDefault(s.id(), List.of()), s.status(today)))
                .toList();
    }
}
