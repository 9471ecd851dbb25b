package fr.espacefamille.application.enrolment;

import java.util.Locale;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.shared.Town;

/** §8: every change of a request is mailed to the person who filed it, with the link to its page. */
public final class SchoolRequestMails {

    public static final String PAGE = "/espace/inscriptions/";

    private final Accounts accounts;
    private final Mailer mailer;
    private final Town town;
    private final String baseUrl;

    public SchoolRequestMails(Accounts accounts, Mailer mailer, Town town, String baseUrl) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.town = town;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** To be called once the change is committed. */
    void changed(SchoolRequest request) {
        accounts.byId(request.requester()).filter(a -> !a.role().isStaff()).ifPresent(account -> {
            MailComposer mail = MailComposer.subject(town, "Espace Famille : demande d'inscription scolaire de "
                    + request.form().child().fullName() + " — " + request.status().label().toLowerCase(Locale.FRENCH))
                    .paragraph("Bonjour,")
                    .paragraph(what(request));
            if (request.status() == SchoolRequestStatus.INCOMPLETE || request.status() == SchoolRequestStatus.REFUSED) {
                mail = mail.paragraph("Message de la mairie : " + request.message());
            }
            mailer.send(mail.link("Voir ma demande", baseUrl + PAGE + request.id()).to(account.email()));
        });
    }

    private static String what(SchoolRequest request) {
        String child = request.form().child().fullName();
        String year = request.form().schoolYear().toString();
        return switch (request.status()) {
            case SUBMITTED -> "Votre demande d'inscription scolaire de " + child + " pour l'année " + year
                    + " est déposée : la mairie va l'étudier.";
            case INCOMPLETE -> "Votre demande d'inscription scolaire de " + child + " est à compléter : "
                    + "modifiez-la dans votre espace, puis déposez-la de nouveau.";
            case ACCEPTED -> "Votre demande d'inscription scolaire de " + child + " pour l'année " + year
                    + " est acceptée. Le certificat d'inscription (n° " + request.accepted().orElseThrow().certificateNumber()
                    + ") est disponible dans votre espace.";
            case REFUSED -> "Votre demande d'inscription scolaire de " + child + " pour l'année " + year + " est refusée.";
            case WITHDRAWN -> "Votre demande d'inscription scolaire de " + child + " pour l'année " + year + " est retirée.";
        };
    }
}
