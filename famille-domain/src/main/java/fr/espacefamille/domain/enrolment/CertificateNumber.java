package fr.espacefamille.domain.enrolment;

/** §8: the certificate of enrolment's number, {@code CI-{year}-{6 digits}}, consecutive per year. */
public final class CertificateNumber {

    private CertificateNumber() {
    }

    public static String format(int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("Numéro de certificat hors limites : " + sequence);
        }
        return String.format("CI-%d-%06d", year, sequence);
    }
}
