package fr.espacefamille.adapter.http.canteen;

import fr.espacefamille.adapter.http.canteen.CanteenJson.AbsenceBody;
import fr.espacefamille.adapter.http.canteen.CanteenJson.AbsenceJson;
import fr.espacefamille.adapter.http.canteen.CanteenJson.EnrolmentBody;
import fr.espacefamille.adapter.http.canteen.CanteenJson.IdJson;
import fr.espacefamille.adapter.http.family.AbsenceHandler;
import fr.espacefamille.adapter.http.family.EnrolmentHandler;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentId;

/** The canteen's branches of the enrolment and absence endpoints. */
public final class CanteenHandlers {

    private final EnrolInCanteen enrol;
    private final ReportCanteenAbsence reportAbsence;

    public CanteenHandlers(EnrolInCanteen enrol, ReportCanteenAbsence reportAbsence) {
        this.enrol = enrol;
        this.reportAbsence = reportAbsence;
    }

    /** {@code {service:"CANTEEN", schoolYear:"2026-2027"}} → {@code {id}}. */
    public EnrolmentHandler enrolment() {
        return (ctx, actor, child) -> {
            actor.require(Role.SCHOOL_AGENT);
            EnrolmentBody body = Web.body(ctx, EnrolmentBody.class);
            SchoolYearLabel year = SchoolYearLabel.parse(Web.required(body.schoolYear(), "schoolYear"))
                    .orElseThrow(() -> Refusals.invalid("schoolYear", "année scolaire attendue sous la forme 2026-2027"));
            return new IdJson(enrol.enrol(actor, new EnrolInCanteen.Command(child, year)).toString());
        };
    }

    /** {@code {service:"CANTEEN", from, to, reason, documentId?}} → {@code {id, days, cancelled}}. */
    public AbsenceHandler absence() {
        return (ctx, actor, child) -> {
            AbsenceBody body = Web.body(ctx, AbsenceBody.class);
            Web.required(body.from(), "from");
            Web.required(body.to(), "to");
            Web.required(body.reason(), "reason");
            DocumentId document = body.documentId() == null || body.documentId().isBlank() ? null
                    : DocumentId.parse(body.documentId()).orElseThrow(() -> Refusals.invalid("documentId", "document introuvable"));
            var result = reportAbsence.report(actor, new ReportCanteenAbsence.Command(child, body.from(), body.to(), body.reason(),
                    document));
            return new AbsenceJson(result.absence().id().toString(), result.days(), result.cancelled());
        };
    }
}
