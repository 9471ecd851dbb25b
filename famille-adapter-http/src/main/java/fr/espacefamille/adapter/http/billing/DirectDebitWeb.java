package fr.espacefamille.adapter.http.billing;

import java.util.List;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.ExecuteDirectDebitFile;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadDirectDebitFiles;
import fr.espacefamille.application.billing.ReadMandates;
import fr.espacefamille.application.billing.RecordDirectDebitReject;
import fr.espacefamille.application.billing.RevokeMandate;
import fr.espacefamille.application.billing.SignMandate;

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
}
