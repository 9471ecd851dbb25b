package fr.espacefamille.application.enrolment;

import java.util.Optional;

import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;

/** Out-port: the enrolment campaign of each school year. */
public interface EnrolmentCampaigns {

    /** Adds or replaces the campaign of its school year. */
    void save(EnrolmentCampaign campaign);

    Optional<EnrolmentCampaign> of(SchoolYearLabel schoolYear);
}
