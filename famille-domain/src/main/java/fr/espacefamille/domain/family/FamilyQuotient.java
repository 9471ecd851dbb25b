package fr.espacefamille.domain.family;

import java.time.LocalDate;
import java.util.Objects;

/** The family quotient (quotient familial, QF) in force from {@code validFrom}. */
public record FamilyQuotient(int value, LocalDate validFrom) {

    public FamilyQuotient {
        Objects.requireNonNull(validFrom, "validFrom");
        if (value < 0 || value > 100_000) {
            throw new IllegalArgumentException("Le quotient familial doit être compris entre 0 et 100000");
        }
    }
}
