package fr.espacefamille.domain.enrolment;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.calendar.SchoolYearLabel;

/** The enrolment campaign of a school year: parents may file requests from {@code opensOn} to {@code closesOn}, both included. */
public record EnrolmentCampaign(SchoolYearLabel schoolYear, LocalDate opensOn, LocalDate closesOn) {

    public EnrolmentCampaign {
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(opensOn, "La date d'ouverture est obligatoire");
        Objects.requireNonNull(closesOn, "La date de clôture est obligatoire");
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("La campagne doit se clore après son ouverture");
        }
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
