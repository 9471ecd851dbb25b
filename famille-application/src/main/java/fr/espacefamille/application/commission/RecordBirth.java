package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.shared.Refusal;

/** The family announces the birth of an expected child with the birth certificate: the request opens. */
public final class RecordBirth {

    static final Refusal NOT_AWAITING_BIRTH = Refusal.conflict("NOT_EDITABLE",
            "La naissance a déjà été enregistrée pour cette pré-inscription.");

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public RecordBirth(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.clock = context.clock();
    }

    public NurseryRequest record(Actor actor, NurseryRequestId id, LocalDate birthDate, DocumentId certificate) {
        LocalDate today = LocalDate.now(clock);
        if (birthDate.isAfter(today)) {
            throw Refusals.invalid("birthDate", "la date de naissance est dans le futur");
        }
        return transactions.inTransaction(() -> {
            NurseryRequest request = RequestAccess.reachForChange(stores.requests(), actor, id);
            if (request.status() != NurseryRequestStatus.AWAITING_BIRTH) {
                throw Refusals.refuse(NOT_AWAITING_BIRTH);
            }
            if (stores.documents().byId(certificate)
                    .filter(d -> d.ownedBy(request.family(), request.requester().value()) && d.kind() == DocumentKind.BIRTH_CERTIFICATE)
                    .isEmpty()) {
                throw Refusals.invalid("documentId", "acte de naissance inconnu : déposez-le d'abord dans vos documents, "
                        + "en choisissant « Acte de naissance »");
            }
            if (birthDate.isBefore(request.expectedBirthDate().minusMonths(4))) {
                throw Refusals.invalid("birthDate", "la date de naissance est trop éloignée de la date prévue");
            }
            AgeLimits.check(birthDate, request.wishedStart());
            NurseryRequest born = request.born(birthDate, certificate);
            stores.requests().update(born);
            audit.record(actor, "NURSERY_PREREGISTRATION_BIRTH", id, AuditJson.of("status", request.status()),
                    AuditJson.of("status", born.status(), "birthDate", birthDate, "certificate", certificate));
            return born;
        });
    }
}
