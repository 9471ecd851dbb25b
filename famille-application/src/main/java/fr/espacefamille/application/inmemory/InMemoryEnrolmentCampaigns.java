package fr.espacefamille.application.inmemory;

import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.enrolment.EnrolmentCampaigns;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;

/** In-memory {@link EnrolmentCampaigns}. */
public final class InMemoryEnrolmentCampaigns implements EnrolmentCampaigns {

    private final Map<SchoolYearLabel, EnrolmentCampaign> campaigns;

    public InMemoryEnrolmentCampaigns(InMemoryTransactions transactions) {
        this.campaigns = new InMemoryMap<SchoolYearLabel, EnrolmentCampaign>(transactions).map();
    }

    @Override
    public void save(EnrolmentCampaign campaign) {
        campaigns.put(campaign.schoolYear(), campaign);
    }

    @Override
    public Optional<EnrolmentCampaign> of(SchoolYearLabel schoolYear) {
        return Optional.ofNullable(campaigns.get(schoolYear));
    }
}
