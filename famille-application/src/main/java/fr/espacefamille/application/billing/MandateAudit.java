package fr.espacefamille.application.billing;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.domain.billing.DirectDebitMandate;

/** A mandate as the audit log shows it: never its whole IBAN. */
final class MandateAudit {

    private MandateAudit() {
    }

    static String of(DirectDebitMandate mandate) {
        return mandate == null ? null : AuditJson.of("mandateId", mandate.id(), "rum", mandate.rum(), "regie", mandate.regie(),
                "status", mandate.status(), "iban", mandate.iban().masked(), "online", mandate.online(),
                "rejectsInARow", mandate.rejectsInARow());
    }
}
