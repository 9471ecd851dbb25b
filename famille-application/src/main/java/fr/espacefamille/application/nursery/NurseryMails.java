package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.Slot;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Town;

/** The French e-mails of the nursery, one per guardian who gave an address, signed by the town hall, and its French dates. */
final class NurseryMails {

    private NurseryMails() {
    }

    /** « jeudi 1er octobre 2026 ». */
    static String day(LocalDate date) {
        return FrenchText.date(date);
    }

    /** « le jeudi 10 septembre 2026 (matin, 7 h 30 – 12 h 30) ». */
    static String describe(Slot slot) {
        return "le " + FrenchText.date(slot.date()) + " (" + slot.period().french() + ", "
                + FrenchText.time(slot.period().start()) + " – " + FrenchText.time(slot.period().end()) + ")";
    }

    /** A waiting request got a freed place; the free cancellation it is told of is the one that applies to it. */
    static List<Mail> placeConfirmed(Town town, Family family, Child child, OccasionalBooking booking) {
        Slot slot = booking.slot();
        String freeCancellation = booking.lateConfirmation()
                ? "l'annulation reste gratuite jusqu'au début de l'accueil, puisque la place vous est confirmée moins de "
                        + "48 heures avant."
                : "l'annulation est gratuite jusqu'à 48 heures avant le début de l'accueil.";
        return toGuardians(family, MailComposer.subject(town, "Place confirmée au " + town.nursery())
                .paragraph("Bonjour,")
                .paragraph("Une place s'est libérée : l'accueil occasionnel " + FrenchText.of(child.firstName()) + " " + describe(slot)
                        + " est confirmé. Votre demande était en liste d'attente.")
                .paragraph("Si vous n'en avez plus besoin, annulez-le depuis votre Espace Famille, rubrique « Multi-accueil » : "
                        + freeCancellation)
                .paragraph("L'équipe du " + town.nursery()));
    }

    /** The nursery closes on a day the child was booked or waiting for. */
    static List<Mail> cancelledForClosure(Town town, Family family, Child child, Slot slot) {
        return toGuardians(family, MailComposer.subject(town, "Fermeture du " + town.nursery())
                .paragraph("Bonjour,")
                .paragraph("Le multi-accueil sera fermé " + describe(slot) + ". La demande d'accueil occasionnel "
                        + FrenchText.of(child.firstName()) + " pour ce créneau est annulée ; elle ne vous sera pas facturée.")
                .paragraph("Nous vous prions de nous excuser pour ce changement.")
                .paragraph("L'équipe du " + town.nursery()));
    }

    /** The mail to each guardian with an address. */
    private static List<Mail> toGuardians(Family family, MailComposer mail) {
        return family.guardians().stream()
                .flatMap(g -> g.emailAddress().stream())
                .distinct()
                .map(mail::to)
                .toList();
    }
}
