package fr.espacefamille.application.family;

import java.time.LocalDate;

import fr.espacefamille.domain.account.ActivationKey;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;

/** What a guardian's key letter says: to whom, where, the key (shown this once) and until when it works. */
public record KeyLetter(Family family, Guardian guardian, ActivationKey key, LocalDate expiresOn) {
}
