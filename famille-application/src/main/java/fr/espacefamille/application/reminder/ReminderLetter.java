package fr.espacefamille.application.reminder;

import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.reminder.ReminderSchedule;

/** The words of a reminder, the same in its mail, on the dashboard and on its printed page. */
public final class ReminderLetter {

    public static final String HOW_TO_PAY = "Vous pouvez la régler en ligne par carte bancaire sur l'Espace Famille, ou au guichet "
            + "de la mairie en espèces ou par chèque à l'ordre du Trésor public, en rappelant le numéro de la facture.";

    public static final String TREASURY = "Le Trésor public vous adressera un avis des sommes à payer : réglez-le à sa réception, "
            + "auprès du Trésor public et selon les moyens qu'il indique. La mairie n'en encaisse plus le paiement.";

    private ReminderLetter() {
    }

    public static String body(Invoice invoice) {
        return "Sauf erreur de notre part, la facture n° "
                + invoice.number() + " (" + invoice.regie().frenchName() + ", échue le "
                + invoice.dueOn().format(FollowUpUnpaidInvoices.FRENCH_DATE) + ") n'est pas entièrement réglée : il reste "
                + invoice.balance().toFrench() + " à payer.";
    }

    public static String lastWarning(Invoice invoice) {
        return "Sans règlement avant le " + ReminderSchedule.transferDay(invoice.dueOn()).format(FollowUpUnpaidInvoices.FRENCH_DATE)
                + ", elle sera transmise au Trésor public, qui vous en demandera le paiement.";
    }
}
