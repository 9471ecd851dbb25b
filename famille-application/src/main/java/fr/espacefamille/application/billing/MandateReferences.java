package fr.espacefamille.application.billing;

import java.time.LocalDate;

import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.billing.Regie;

/**
 * New mandate references (RUM): {@code EF-PE-2026-7KQ2M9XD4R}, the régie, the year of signature and
 * ten random characters. Random rather than sequential so that a RUM tells nothing of how many
 * families pay by direct debit; the database's unique key makes a (very unlikely) repeat fail.
 */
final class MandateReferences {

    /** Letters and digits that cannot be misread for one another on paper. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private MandateReferences() {
    }

    static String next(Regie regie, LocalDate signedOn) {
        StringBuilder rum = new StringBuilder("EF-").append(regie.prefix()).append('-').append(signedOn.getYear()).append('-');
        for (int i = 0; i < 10; i++) {
            rum.append(ALPHABET.charAt(Secrets.random().nextInt(ALPHABET.length())));
        }
        return rum.toString();
    }
}
