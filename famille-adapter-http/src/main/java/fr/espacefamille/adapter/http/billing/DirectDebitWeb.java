package fr.espacefamille.adapter.http.billing;

import java.util.List;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.ExecuteDirectDebitFile;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadDirectDebitFiles;
import fr.espacefamille.application.billing.ReadMandates;
import fr.espacefamille.application.billing.RecordDirectDebitReject;
import fr.espacefamille.application.billing.RevokeMandate;
import fr.espacefamille.application.billing.SignMandate;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import io.javalin.http.Context;

/** Direct debit's routes (SPEC §10), API and pages, built from its use cases. */
public final class DirectDebitWeb {

    public record UseCases(SignMandate signMandate, RevokeMandate revokeMandate, ReadMandates readMandates,
            GenerateDirectDebitFile generateFile, ReadDirectDebitFiles readFiles, ExecuteDirectDebitFile executeFile,
            RecordDirectDebitReject recordReject, ReadDirectDebits status, ReadBillingRuns readRuns) {
    }

    private DirectDebitWeb() {
    }

    public static List<Feature> features(UseCases useCases) {
        return List.of(new DirectDebitApi(useCases), new DirectDebitPages(useCases));
    }

    /** Sends a mandate as its PDF, shown in the browser. */
    static void pdf(Context ctx, DirectDebitMandate mandate, ReadMandates readMandates) {
        ctx.header("Content-Disposition", "inline; filename=\"mandat-" + mandate.rum() + ".pdf\"");
        ctx.contentType("application/pdf").result(MandatePdf.of(mandate, readMandates.creditor(), Pages.settings(ctx).town()));
    }

    /** Sends a direct-debit file as its pain.008 XML download. */
    static void document(Context ctx, ReadDirectDebitFiles readFiles, Actor actor, DirectDebitFileId id) {
        var file = readFiles.details(actor, id).file();
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.messageId() + ".xml\"");
        ctx.contentType("application/xml").result(readFiles.document(actor, id));
    }
}
