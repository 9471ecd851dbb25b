package fr.espacefamille.application.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.shared.Money;

/**
 * Finance staff's list of the invoices transferred to the Trésor public on a day, with, for today
 * or a day to come, those due for transfer by then that the job has not transferred yet (SPEC
 * §11): the état they hand to the public accountant.
 */
public final class ListTreasuryTransfers {

    /** An invoice of the list: already transferred, or due for transfer on the day. */
    public record Row(InvoiceSummary invoice, boolean transferred) {
    }

    public record Listing(LocalDate on, List<Row> rows) {

        public Money total() {
            return rows.stream().map(row -> row.invoice().balance()).reduce(Money.ZERO, Money::plus);
        }
    }

    private final Invoices invoices;
    private final ReadDirectDebits directDebits;
    private final Clock clock;

    public ListTreasuryTransfers(Invoices invoices, ReadDirectDebits directDebits, Clock clock) {
        this.invoices = invoices;
        this.directDebits = directDebits;
        this.clock = clock;
    }

    public Listing on(Actor actor, LocalDate on) {
        actor.require(Role.FINANCE_AGENT);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = new ArrayList<>();
        invoices.search(new InvoiceQuery(null, null, InvoiceStatus.TRANSFERRED, null), today, ReadInvoices.MAX_RESULTS).stream()
                .filter(s -> on.equals(s.transferredOn())).forEach(s -> rows.add(new Row(s, true)));
        if (!on.isBefore(today)) {
            FollowUpUnpaidInvoices.dueForTransfer(FollowUpUnpaidInvoices.followed(invoices, directDebits, on), on).values()
                    .forEach(family -> family.forEach(s -> rows.add(new Row(s, false))));
        }
        rows.sort(Comparator.comparing((Row row) -> row.invoice().familyName()).thenComparing(row -> row.invoice().number()));
        return new Listing(on, rows);
    }
}
