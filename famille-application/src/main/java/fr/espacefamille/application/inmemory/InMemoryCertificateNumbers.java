package fr.espacefamille.application.inmemory;

import java.util.Map;

import fr.espacefamille.application.enrolment.CertificateNumbers;

/** In-memory {@link CertificateNumbers}. */
public final class InMemoryCertificateNumbers implements CertificateNumbers {

    private final Map<Integer, Long> last;

    public InMemoryCertificateNumbers(InMemoryTransactions transactions) {
        this.last = new InMemoryMap<Integer, Long>(transactions).map();
    }

    @Override
    public synchronized long next(int year) {
        long next = last.getOrDefault(year, 0L) + 1;
        last.put(year, next);
        return next;
    }
}
