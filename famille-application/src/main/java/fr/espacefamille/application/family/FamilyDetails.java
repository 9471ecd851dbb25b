package fr.espacefamille.application.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.GuardianId;

/** A family as staff see it: the family and, per guardian, its username and when the account was created, or until when the key works. */
public record FamilyDetails(Family family, List<GuardianAccess> access) {

    /**
     * A guardian's way in: their account's username and creation (null before activation), and until
     * when their key is valid (null without a live key).
     */
    public record GuardianAccess(GuardianId guardian, String username, Instant accountCreatedAt, LocalDate keyExpiresOn) {

        public boolean accountActivated() {
            return username != null;
        }
    }

    public GuardianAccess accessOf(GuardianId guardian) {
        return access.stream().filter(a -> a.guardian().equals(guardian)).findFirst()
                .orElse(new GuardianAccess(guardian, null, null, null));
    }
}
