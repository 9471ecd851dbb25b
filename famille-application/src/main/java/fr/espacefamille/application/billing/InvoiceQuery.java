package fr.espacefamille.application.billing;

import java.time.YearMonth;

import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** Which issued invoices staff look for; every criterion is optional (null). */
public record InvoiceQuery(Regie regie, YearMonth month, InvoiceStatus status, FamilyId family) {

    public static final InvoiceQuery ALL = new InvoiceQuery(null, null, null, null);
}
