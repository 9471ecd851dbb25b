package fr.espacefamille.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.enrolment.DecideSchoolRequest;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestDocument;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestGuardian;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestedChild;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.School;

/**
 * The demo town's school enrolment (§8): next school year's campaign open around today, a sector
 * map of the demo schools' streets, and applicant families with a request in each state
 * (the applicants sign in with their username and {@value #PASSWORD}).
 */
final class EnrolmentDemo {

    static final String PASSWORD = "Inscription-Donges-2026";
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentDemo.class);

    private final SharedWiring core;
    private final EnrolmentWiring enrolment;
    private final UploadDocument upload;

    EnrolmentDemo(SharedWiring core, EnrolmentWiring enrolment, UploadDocument upload) {
        this.core = core;
        this.enrolment = enrolment;
        this.upload = upload;
    }

    void loadIfAbsent() {
        LocalDate today = LocalDate.now(core.clock());
        SchoolYearLabel next = new SchoolYearLabel(SchoolYearLabel.containing(today).firstYear() + 1);
        if (enrolment.campaigns.of(Actor.SYSTEM, next).isPresent()) {
            return;
        }
        List<School> schools = core.schools().all();
        if (schools.size() < 2) {
            return;
        }
        Actor staff = Actor.SYSTEM;
        enrolment.campaigns.open(staff, next, today.minusDays(30), today.plusDays(60));
        String first = schools.get(0).name();
        String second = schools.get(1).name();
        enrolment.sectors.upload(staff, String.join("\n", "street;from;to;side;school",
                "Rue de la Loire;1;199;ODD;" + first, "Rue de la Loire;2;198;EVEN;" + second,
                "Rue des Écoles;1;80;ALL;" + first, "Avenue de la Gare;1;120;ALL;" + second,
                "Allée des Hérons;1;40;ALL;" + first, "Rue Jean-Jaurès;1;60;ODD;" + second, "Rue Jean-Jaurès;2;60;EVEN;" + first, ""));
        int birthYear = next.firstYear() - 6;
        file("amina.diallo", "Amina", "Diallo", "Sami", birthYear, "8 rue de la Loire", today, next);
        SchoolRequest incomplete = file("lucas.bernard", "Lucas", "Bernard", "Jade", birthYear + 1, "15 rue des Écoles", today, next);
        SchoolRequest accepted = file("sofia.moreau", "Sofia", "Moreau", "Noah", birthYear, "3 avenue de la Gare", today, next);
        SchoolRequest refused = file("yann.le-goff", "Yann", "Le Goff", "Maël", birthYear - 1, "12 allée des Hérons", today, next);
        SchoolRequest withdrawn = file("chloe.petit", "Chloé", "Petit", "Léo", birthYear + 2, "21 rue Jean-Jaurès", today, next);
        Actor agent = new Actor(null, "demo.ecole", Role.SCHOOL_AGENT, null, null);
        enrolment.decide.decide(agent, incomplete.id(), new DecideSchoolRequest.Incomplete(
                "Le justificatif de domicile est illisible : déposez-en un nouveau, s'il vous plaît."));
        enrolment.decide.decide(agent, accepted.id(), new DecideSchoolRequest.Accept(null, null));
        enrolment.decide.decide(agent, refused.id(), new DecideSchoolRequest.Refuse(
                "L'enfant est déjà scolarisé dans une école privée de la commune."));
        enrolment.withdraw.withdraw(actorOf(withdrawn), withdrawn.id());
        LOG.info("Démo : campagne d'inscription scolaire {} ouverte, une demande dans chaque état", next);
    }

    private Actor actorOf(SchoolRequest request) {
        return Authenticate.actorOf(core.accounts().byId(request.requester()).orElseThrow());
    }

    /** An applicant account (email already confirmed) and its request with the two documents. */
    private SchoolRequest file(String username, String firstName, String lastName, String child, int birthYear, String line1,
            LocalDate today, SchoolYearLabel year) {
        Account account = new Account(AccountId.random(), new Username(username), username + "@exemple.fr",
                core.passwordHasher().hash(PASSWORD), Role.APPLICANT, null, null, core.clock().instant());
        core.accounts().add(account);
        Actor actor = Authenticate.actorOf(account);
        var proof = upload.upload(actor, new UploadDocument.Command(DocumentKind.PROOF_OF_ADDRESS, "justificatif-domicile.pdf",
                pdf("Facture d'électricité — " + firstName + " " + lastName + " — " + line1)));
        var birth = upload.upload(actor, new UploadDocument.Command(DocumentKind.BIRTH_CERTIFICATE, "acte-naissance.pdf",
                pdf("Extrait d'acte de naissance — " + child + " " + lastName)));
        return enrolment.submit.submit(actor, new SchoolRequestForm(year,
                new RequestedChild(child, lastName, LocalDate.of(birthYear, 4, 12), null), null, null,
                new Address(line1, null, "44480", "Donges"),
                List.of(new RequestGuardian(firstName, lastName, account.email(), "06 12 34 56 78")), false, false, null, null, null,
                List.of(new RequestDocument(proof.id(), DocumentKind.PROOF_OF_ADDRESS, today.minusDays(20)),
                        new RequestDocument(birth.id(), DocumentKind.BIRTH_CERTIFICATE, null))));
    }

    /** A one-paragraph PDF, as a scanned document would be. */
    static ByteArrayInputStream pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return new ByteArrayInputStream(out.toByteArray());
    }
}
