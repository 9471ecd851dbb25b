package fr.espacefamille.adapter.jdbc.billing;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.billing.InvoiceNumbers;
import fr.espacefamille.domain.billing.Regie;

/**
 * {@link InvoiceNumbers} in {@code numbering_counters}: the counter row of a régie and year is
 * locked FOR UPDATE until the transaction ends, so that concurrent takers wait for each other, and
 * a rollback gives the numbers back. Must run inside a transaction.
 */
public final class JdbiInvoiceNumbers implements InvoiceNumbers {

    private final JdbiContext db;

    public JdbiInvoiceNumbers(JdbiContext db) {
        this.db = db;
    }

    @Override
    public long take(Regie regie, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Take at least one number: " + count);
        }
        return db.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("Numbers are taken inside the transaction that uses them");
            }
            handle.createUpdate("INSERT INTO numbering_counters (regie, seq_year, last_sequence) VALUES (:regie, :year, 0) ON CONFLICT DO NOTHING")
                    .bind("regie", regie.name()).bind("year", year).execute();
            long last = handle.createQuery("SELECT last_sequence FROM numbering_counters WHERE regie = :regie AND seq_year = :year FOR UPDATE")
                    .bind("regie", regie.name()).bind("year", year).mapTo(Long.class).one();
            handle.createUpdate("UPDATE numbering_counters SET last_sequence = :next WHERE regie = :regie AND seq_year = :year")
                    .bind("next", last + count).bind("regie", regie.name()).bind("year", year).execute();
            return last;
        });
    }
}
