package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/** An invoice without its lines, as lists show it: totals, what was paid and credited, dates, its transfer to the Trésor public if any. */
public record InvoiceSummary(InvoiceId id, BillingRunId run, FamilyId family, String familyName, Regie regie,
        YearMonth month, InvoiceNumber number, LocalDate issuedOn, LocalDate dueOn, Money total, Money paid,
        Money credited, boolean paper, LocalDate transferredOn) {

    public InvoiceSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(credited, "credited");
    }

    public boolean issued() {
        return number != null;
    }

    public Money balance() {
        return total.minus(paid).minus(credited);
    }

    public InvoiceStatus status(LocalDate today) {
        return InvoiceStatus.of(issued(), total, paid.plus(credited), dueOn, transferredOn != null, today);
    }
}
