package fr.espacefamille.domain.yearly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Money;

/**
 * What a family paid in year N for the care of each child under 6 on 1 January N (SPEC §12,
 * crédit d'impôt frais de garde): payments received in N on nursery (EARLY_CHILDHOOD) invoices.
 * A payment on an invoice for several children is shared in proportion to each child's lines,
 * each share rounded half-up to the cent, the last child taking the remainder so that the shares
 * add up to the payment. A child whose lines come to nothing or less (deductions) takes no share.
 */
public final class TaxCertificatePolicy {

    public static final int AGE_LIMIT = 6;

    private TaxCertificatePolicy() {
    }

    /** Whether the child counts for year N: under 6 on 1 January N, even if 6 later in the year. */
    public static boolean eligible(LocalDate birthDate, Year year) {
        return birthDate.plusYears(AGE_LIMIT).isAfter(year.atDay(1));
    }

    /** The amount per eligible child of {@code children}, in their order, for the invoices' payments received in N. */
    public static Map<ChildId, Money> amounts(Year year, List<Child> children, List<Invoice> invoices) {
        Map<ChildId, Money> shares = new LinkedHashMap<>();
        for (Invoice invoice : invoices) {
            if (invoice.regie() != Regie.EARLY_CHILDHOOD) {
                continue;
            }
            for (Payment payment : invoice.payments()) {
                if (payment.receivedOn().getYear() == year.getValue()) {
                    share(payment.amount(), invoice.lines()).forEach((child, amount) -> shares.merge(child, amount, Money::plus));
                }
            }
        }
        Map<ChildId, Money> amounts = new LinkedHashMap<>();
        for (Child child : children) {
            if (eligible(child.birthDate(), year) && shares.containsKey(child.id())) {
                amounts.put(child.id(), shares.get(child.id()));
            }
        }
        return amounts;
    }

    /** {@code amount} shared between the children of {@code lines} in proportion to each child's lines, the last one taking the remainder. */
    public static Map<ChildId, Money> share(Money amount, List<InvoiceLine> lines) {
        Map<ChildId, Money> weights = new LinkedHashMap<>();
        for (InvoiceLine line : lines) {
            weights.merge(line.child(), line.amount(), Money::plus);
        }
        weights.values().removeIf(weight -> !weight.isPositive());
        Money total = weights.values().stream().reduce(Money.ZERO, Money::plus);
        List<ChildId> children = new ArrayList<>(weights.keySet());
        Map<ChildId, Money> shares = new LinkedHashMap<>();
        Money given = Money.ZERO;
        for (int i = 0; i < children.size(); i++) {
            ChildId child = children.get(i);
            Money share = i == children.size() - 1 ? amount.minus(given)
                    : Money.ofCents(BigDecimal.valueOf(amount.cents()).multiply(BigDecimal.valueOf(weights.get(child).cents()))
                            .divide(BigDecimal.valueOf(total.cents()), 0, RoundingMode.HALF_UP).longValueExact());
            shares.put(child, share);
            given = given.plus(share);
        }
        return shares;
    }
}
