package fr.espacefamille.application.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Town;

/**
 * The commission's French e-mails to a request's family (each guardian with an address) or to the
 * applicant's contact address. Links lead to the request's page, which needs the family signed in.
 */
final class CommissionMails {

    /** The last minute to answer an offer, « 23 h 59 ». */
    private static final String LAST_MINUTE = FrenchText.time(LocalTime.of(23, 59));

    private final Families families;
    private final String portalUrl;
    private final ZoneId zone;
    private final Town town;
    /** « au multi-accueil « Bout d'chou » ». */
    private final String place;

    CommissionMails(Families families, String baseUrl, ZoneId zone, Town town) {
        this.families = families;
        this.portalUrl = baseUrl.replaceAll("/+$", "");
        this.zone = zone;
        this.town = town;
        this.place = "au " + town.nursery();
    }

    /** « lundi 1er février 2027 ». */
    static String day(LocalDate date) {
        return FrenchText.date(date);
    }

    String link(NurseryRequest request) {
        return portalUrl + "/espace/creche/pre-inscriptions/" + request.id();
    }

    List<Mail> confirmationInvited(CommissionSession session, NurseryRequest request) {
        return to(request, MailComposer.subject(town, "Confirmez votre demande de place " + place)
                .paragraph("Bonjour,")
                .paragraph("La commission d'attribution des places " + place + " se réunira le " + day(session.date())
                        + ". Elle examinera la pré-inscription " + FrenchText.of(request.firstName()) + " si vous la confirmez au plus tard le "
                        + day(session.confirmBy()) + ".")
                .paragraph("Sans confirmation, la demande n'est pas examinée à cette commission et reste en attente de la suivante.")
                .link("Confirmer ma demande", link(request)));
    }

    List<Mail> offerMade(Offer offer, NurseryRequest request) {
        return to(request, MailComposer.subject(town, "Une place vous est proposée " + place)
                .paragraph("Bonjour,")
                .paragraph("La commission d'attribution propose une place d'accueil régulier " + place + " pour "
                        + request.firstName() + " à partir du " + day(offer.start()) + ".")
                .paragraph("Merci de répondre au plus tard le " + day(LocalDate.ofInstant(offer.replyBy(), zone))
                        + " à " + LAST_MINUTE + ". Sans réponse, la place sera proposée à la famille suivante.")
                .link("Répondre à la proposition", link(request)));
    }

    List<Mail> answered(Offer offer, NurseryRequest request, Instant at) {
        MailComposer mail = switch (offer.status()) {
            case ACCEPTED -> MailComposer.subject(town, "Place acceptée " + place)
                    .paragraph("Bonjour,")
                    .paragraph("Vous avez accepté la place proposée pour " + request.firstName() + ". Le contrat d'accueil régulier commence le "
                            + day(offer.start()) + ".");
            case REFUSED -> MailComposer.subject(town, "Place refusée " + place)
                    .paragraph("Bonjour,")
                    .paragraph("Vous avez refusé la place proposée pour " + request.firstName()
                            + ". Votre pré-inscription reste en attente pour les prochaines commissions.");
            case EXPIRED -> MailComposer.subject(town, "Proposition de place expirée " + place)
                    .paragraph("Bonjour,")
                    .paragraph("Nous n'avons pas reçu de réponse à la place proposée pour " + request.firstName() + " avant le "
                            + day(LocalDate.ofInstant(offer.replyBy(), zone)) + " à " + LAST_MINUTE + " : elle a été proposée à la famille suivante. "
                            + "Votre pré-inscription reste en attente pour les prochaines commissions.");
            case PENDING -> throw new IllegalArgumentException("a pending offer is not answered");
        };
        return to(request, mail.link("Voir ma pré-inscription", link(request)));
    }

    private List<Mail> to(NurseryRequest request, MailComposer mail) {
        if (request.family() == null) {
            return List.of(mail.to(request.contactEmail()));
        }
        return families.byId(request.family()).stream().flatMap(f -> f.guardians().stream())
                .flatMap(g -> g.emailAddress().stream()).distinct().map(mail::to).toList();
    }
}
