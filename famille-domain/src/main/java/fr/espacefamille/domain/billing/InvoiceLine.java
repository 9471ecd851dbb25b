package fr.espacefamille.domain.billing;

import java.math.BigDecimal;
import java.util.Objects;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Text;

/**
 * One line of an invoice: a child, a kind of service with its French label, a quantity (meals,
 * or hours by the half-hour), a unit price and the amount, which is the unit price times the
 * quantity rounded half-up to the cent. A deduction has a negative unit price.
 */
public record InvoiceLine(ChildId child, String childName, LineKind kind, String label, BigDecimal quantity,
        Money unitPrice, Money amount) {

    public InvoiceLine {
        Objects.requireNonNull(child, "child");
        childName = Text.required(childName, "Le nom de l'enfant", 201);
        Objects.requireNonNull(kind, "kind");
        label = Text.required(label, "Le libellé", 200);
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A line's quantity is positive, to the hundredth at most: " + quantity);
        }
        quantity = Quantities.normalized(quantity);
        if (!amount.equals(unitPrice.timesRate(quantity))) {
            throw new IllegalArgumentException("A line's amount is its unit price times its quantity: " + amount);
        }
    }

    /** A line whose amount is computed: unit price × quantity, rounded half-up to the cent once. */
    public static InvoiceLine of(ChildId child, String childName, LineKind kind, BigDecimal quantity, Money unitPrice) {
        return new InvoiceLine(child, childName, kind, kind.label(), quantity, unitPrice, unitPrice.timesRate(quantity));
    }
}
