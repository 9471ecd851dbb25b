package fr.espacefamille.application.billing;

import fr.espacefamille.domain.billing.Regie;

/**
 * Out-port: the counter of each régie's numbering per year. Taking numbers locks the counter
 * until the transaction ends, and a rollback gives them back, so that numbers follow one another
 * without gap nor duplicate whatever fails or runs concurrently.
 */
public interface InvoiceNumbers {

    /**
     * Takes the next {@code count} sequence numbers of the régie's {@code year}: answers the last
     * sequence taken before them (0 when none was), so that they are {@code last + 1 … last + count}.
     */
    long take(Regie regie, int year, int count);
}
