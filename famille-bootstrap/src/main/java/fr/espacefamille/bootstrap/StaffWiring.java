package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.family.ActForFamilyPages;
import fr.espacefamille.adapter.http.family.FamilyHubPages;
import fr.espacefamille.adapter.http.nursery.NurseryUseCases;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.application.canteen.ListCanteenAbsences;

/**
 * The staff pages that gather several features around one family: its file (the hub) and acting
 * for the family (SPEC §3, « staff acting for a family »).
 */
final class StaffWiring {

    private StaffWiring() {
    }

    static List<Feature> features(SharedWiring core, FamilyWiring families, DocumentWiring documents, BillingWiring billing,
            CommissionWiring commission, EnrolmentWiring enrolment, CanteenWiring canteen, NurseryWiring nursery) {
        NurseryUseCases n = nursery.useCases;
        return List.of(new FamilyHubPages(new FamilyHubPages.UseCases(families.findFamily, families.editFamily, families.addChild,
                        families.updateQuotient, core.schools(), billing.readDirectDebits, documents.list, documents.read,
                        commission.useCases.readRequests(), enrolment.read, core.clock())),
                new ActForFamilyPages(new ActForFamilyPages.UseCases(families.findFamily, documents.list, canteen.readDays, canteen.book,
                        canteen.cancel, new ListCanteenAbsences(canteen.pupils, canteen.schoolYears, canteen.absences), canteen.reportAbsence,
                        n.bookings(), n.book(), n.cancel(), n.contracts(), n.reportAbsence(), core.clock())));
    }
}
