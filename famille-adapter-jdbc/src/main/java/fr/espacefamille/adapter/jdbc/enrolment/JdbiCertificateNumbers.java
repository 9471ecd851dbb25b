package fr.espacefamille.adapter.jdbc.enrolment;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.enrolment.CertificateNumbers;

/**
 * {@link CertificateNumbers} in {@code certificate_numbers}: the year's row is locked
 * ({@code FOR UPDATE}) until the acceptance commits, so concurrent acceptances take consecutive
 * numbers and a rolled-back one gives its number back.
 */
public final class JdbiCertificateNumbers implements CertificateNumbers {

    private final JdbiContext db;

    public JdbiCertificateNumbers(JdbiContext db) {
        this.db = db;
    }

    @Override
    public long next(int year) {
        return db.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("Numbers are taken inside the transaction that uses them");
            }
            handle.createUpdate("INSERT INTO certificate_numbers (cert_year, last_number) VALUES (:year, 0) ON CONFLICT DO NOTHING")
                    .bind("year", year).execute();
            long last = handle.createQuery("SELECT last_number FROM certificate_numbers WHERE cert_year = :year FOR UPDATE")
                    .bind("year", year).mapTo(Long.class).one();
            handle.createUpdate("UPDATE certificate_numbers SET last_number = :next WHERE cert_year = :year")
                    .bind("next", last + 1).bind("year", year).execute();
            return last + 1;
        });
    }
}
