package fr.espacefamille.application.family;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.GuardianId;

/** A family as staff see it: the family and, per guardian, whether the account exists and until when the key works. */
public record FamilyDetails(Family family, List<GuardianAccess> access) {

    /** A guardian's way in: whether their account exists, and until when their key is valid. */
    public record GuardianAccess(GuardianId guardian, boolean accountActivated, LocalDate keyExpiresOn) {
    }

    public GuardianAccess accessOf(GuardianId guardian) {
        return access.stream().filter(a -> a.guardian().equals(guardian)).findFirst()
                .orElse(new GuardianAccess(guardian, false, null));
    }
}
