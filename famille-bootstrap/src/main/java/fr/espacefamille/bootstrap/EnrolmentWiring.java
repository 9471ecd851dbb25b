package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.enrolment.SchoolRequestApi;
import fr.espacefamille.adapter.http.enrolment.SchoolRequestPages;
import fr.espacefamille.adapter.http.enrolment.SchoolRequestStaffPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.enrolment.JdbiCertificateNumbers;
import fr.espacefamille.adapter.jdbc.enrolment.JdbiEnrolmentCampaigns;
import fr.espacefamille.adapter.jdbc.enrolment.JdbiSchoolRequests;
import fr.espacefamille.adapter.jdbc.enrolment.JdbiSchoolSectors;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.enrolment.DecideSchoolRequest;
import fr.espacefamille.application.enrolment.ManageSchoolSectors;
import fr.espacefamille.application.enrolment.OpenEnrolmentCampaign;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SchoolRequestMails;
import fr.espacefamille.application.enrolment.SubmitSchoolRequest;
import fr.espacefamille.application.enrolment.WithdrawSchoolRequest;

/** School enrolment online (§8): campaigns, the sector map, requests, decisions and certificates. */
final class EnrolmentWiring {

    final OpenEnrolmentCampaign campaigns;
    final ManageSchoolSectors sectors;
    final SubmitSchoolRequest submit;
    final WithdrawSchoolRequest withdraw;
    final ReadSchoolRequests read;
    final DecideSchoolRequest decide;

    private final DocumentWiring documents;
    private final SharedWiring core;

    EnrolmentWiring(SharedWiring core, DocumentWiring documentWiring, EnrolInCanteen enrolInCanteen) {
        this.core = core;
        this.documents = documentWiring;
        Documents documents = documentWiring.documents;
        var requests = new JdbiSchoolRequests(core.db());
        var campaignStore = new JdbiEnrolmentCampaigns(core.db());
        var sectorStore = new JdbiSchoolSectors(core.db());
        var mails = new SchoolRequestMails(core.accounts(), core.mailer(), core.config().town(), core.config().baseUrl().toString());
        campaigns = new OpenEnrolmentCampaign(campaignStore, core.transactions(), core.audit());
        sectors = new ManageSchoolSectors(sectorStore, core.schools(), core.transactions(), core.audit());
        submit = new SubmitSchoolRequest(requests, campaignStore, sectorStore, core.schools(), core.families(), core.accounts(),
                documents, mails, core.transactions(), core.audit(), core.clock());
        withdraw = new WithdrawSchoolRequest(requests, mails, core.transactions(), core.audit(), core.clock());
        read = new ReadSchoolRequests(requests, core.schools(), core.families());
        decide = new DecideSchoolRequest(requests, core.families(), core.schools(), core.accounts(), documents, enrolInCanteen,
                new JdbiCertificateNumbers(core.db()), mails, core.transactions(), core.audit(), core.clock());
    }

    List<Feature> features() {
        return List.of(new SchoolRequestApi(submit, withdraw, read, decide, campaigns, sectors),
                new SchoolRequestPages(submit, withdraw, read, documents.upload, core.clock()),
                new SchoolRequestStaffPages(submit, read, decide, campaigns, sectors, documents.upload, documents.read, core.clock()));
    }
}
