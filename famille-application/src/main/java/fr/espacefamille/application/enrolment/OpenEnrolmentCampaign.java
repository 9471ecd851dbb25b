package fr.espacefamille.application.enrolment;

import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;

/** Staff set the opening and closing dates of a school year's enrolment campaign (§8). */
public final class OpenEnrolmentCampaign {

    private final EnrolmentCampaigns campaigns;
    private final Transactions transactions;
    private final Audit audit;

    public OpenEnrolmentCampaign(EnrolmentCampaigns campaigns, Transactions transactions, Audit audit) {
        this.campaigns = campaigns;
        this.transactions = transactions;
        this.audit = audit;
    }

    public EnrolmentCampaign open(Actor actor, SchoolYearLabel year, LocalDate opensOn, LocalDate closesOn) {
        actor.require(Role.SCHOOL_AGENT);
        EnrolmentCampaign campaign = new EnrolmentCampaign(year, opensOn, closesOn);
        transactions.run(() -> {
            String before = campaigns.of(year).map(c -> AuditJson.of("opensOn", c.opensOn(), "closesOn", c.closesOn())).orElse(null);
            campaigns.save(campaign);
            audit.record(actor, "ENROLMENT_CAMPAIGN_SET", year, before, AuditJson.of("opensOn", opensOn, "closesOn", closesOn));
        });
        return campaign;
    }

    /** The campaign of a school year, for the staff's page. */
    public java.util.Optional<EnrolmentCampaign> of(Actor actor, SchoolYearLabel year) {
        actor.require(Role.SCHOOL_AGENT);
        return campaigns.of(year);
    }
}
