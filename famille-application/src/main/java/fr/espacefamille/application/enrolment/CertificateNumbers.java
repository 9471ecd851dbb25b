package fr.espacefamille.application.enrolment;

/** Out-port: the sequence of certificates of enrolment per year, without gap (taken in the caller's transaction). */
public interface CertificateNumbers {

    /** The next number of {@code year} (1, 2, …); a rolled-back transaction gives its number back. */
    long next(int year);
}
