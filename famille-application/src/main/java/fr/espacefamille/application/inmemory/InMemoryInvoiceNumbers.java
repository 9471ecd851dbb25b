package fr.espacefamille.application.inmemory;

import java.util.Map;

import fr.espacefamille.application.billing.InvoiceNumbers;
import fr.espacefamille.domain.billing.Regie;

/** In-memory {@link InvoiceNumbers}: a rolled-back transaction restores the counters, so no number is lost. */
public final class InMemoryInvoiceNumbers implements InvoiceNumbers {

    private final Map<String, Long> counters;

    public InMemoryInvoiceNumbers(InMemoryTransactions transactions) {
        this.counters = new InMemoryMap<String, Long>(transactions).map();
    }

    @Override
    public long take(Regie regie, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Take at least one number: " + count);
        }
        String key = regie + "/" + year;
        long last = counters.getOrDefault(key, 0L);
        counters.put(key, last + count);
        return last;
    }
}
