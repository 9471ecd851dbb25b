package fr.espacefamille.adapter.http.nursery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.http.nursery.NurseryJson.AbsenceBody;
import fr.espacefamille.adapter.http.nursery.NurseryJson.AbsenceJson;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;

/**
 * The NURSERY branch of {@code POST /children/{id}/absences}: {@code {service:"NURSERY", from, to,
 * reason, documentId?}} → {@code {id, days}}. Besides API.md's reasons it takes {@code CONGES}.
 */
public final class NurseryAbsenceHandler {

    private static final ObjectMapper JSON = HttpApp.objectMapper();

    private final ReportNurseryAbsence reportAbsence;

    public NurseryAbsenceHandler(ReportNurseryAbsence reportAbsence) {
        this.reportAbsence = reportAbsence;
    }

    public AbsenceJson report(Actor actor, ChildId child, JsonNode json) throws java.io.IOException {
        AbsenceBody body = JSON.treeToValue(json, AbsenceBody.class);
        DocumentId certificate = body.documentId() == null || body.documentId().isBlank() ? null
                : DocumentId.parse(body.documentId()).orElseThrow(() -> Refusals.invalid("documentId", "document introuvable"));
        var result = reportAbsence.report(actor, new ReportNurseryAbsence.Command(child, Web.required(body.from(), "from"),
                Web.required(body.to(), "to"), Web.enumValue(NurseryAbsenceReason.class, body.reason(), "reason"), certificate));
        return AbsenceJson.of(result);
    }
}
