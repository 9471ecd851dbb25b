package fr.espacefamille.domain.privacy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.family.FamilyId;

/**
 * What the retention rule needs to know of a family: when its last enrolment or contract ends,
 * when its last invoice was settled (paid or credited), and whether an issued invoice is still
 * open. {@code name} is for the staff list only.
 */
public record FamilyActivity(FamilyId family, String name, LocalDate lastServiceEnd, LocalDate lastSettlement,
        boolean openInvoice) {

    public FamilyActivity {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
    }

    public Optional<LocalDate> lastServiceEndDate() {
        return Optional.ofNullable(lastServiceEnd);
    }

    public Optional<LocalDate> lastSettlementDate() {
        return Optional.ofNullable(lastSettlement);
    }
}
