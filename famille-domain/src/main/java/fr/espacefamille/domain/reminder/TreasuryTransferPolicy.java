package fr.espacefamille.domain.reminder;

import java.util.Collection;

import fr.espacefamille.domain.shared.Money;

/**
 * Whether a family's invoices due for transfer go to the Trésor public now (SPEC §11): only when
 * their balances add up to 15.00 € at least; below, they wait until later ones bring the total up.
 * The total is the family's, both régies together: the Trésor public collects from a debtor.
 */
public final class TreasuryTransferPolicy {

    public static final Money THRESHOLD = Money.ofCents(1500);

    private TreasuryTransferPolicy() {
    }

    public static boolean thresholdReached(Collection<Money> balances) {
        return balances.stream().reduce(Money.ZERO, Money::plus).compareTo(THRESHOLD) >= 0;
    }
}
