package fr.espacefamille.bootstrap;

import java.time.LocalDate;

import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.Regie;

/**
 * The demo town's direct debits: the Martin family pays the canteen by a paper mandate signed at the
 * town hall before the first month the demo bills, whose files are generated as each month is issued. Loaded once, when no
 * mandate exists, through the use case.
 */
final class DirectDebitDemo {

    /** A made-up French IBAN with valid check digits (and RIB key). */
    static final String MARTIN_IBAN = "FR76 3000 4000 0100 0123 4567 830";

    private DirectDebitDemo() {
    }

    static void loadIfNone(SharedWiring core, BillingWiring billing) {
        if (!billing.directDebit.readMandates().list(Actor.SYSTEM, null, null).isEmpty()) {
            return;
        }
        core.families().search("Martin", 1).stream().findFirst().ifPresent(martin ->
                billing.setDirectDebit.set(Actor.SYSTEM, new SetDirectDebit.Command(martin.id(), Regie.SCHOOL, true, MARTIN_IBAN,
                        "Claire Martin", HistoryDemo.canteenStart(LocalDate.now(core.clock())).minusMonths(1))));
    }
}
