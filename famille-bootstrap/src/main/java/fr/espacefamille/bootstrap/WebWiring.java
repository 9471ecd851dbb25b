package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.web.ApiDocs;
import fr.espacefamille.adapter.http.web.DashboardPages;
import fr.espacefamille.adapter.http.web.StaffHomePages;
import fr.espacefamille.application.family.ListChildren;

/** The parents' dashboard and the staff home, fed by the other features' use cases, and the API documentation. */
final class WebWiring {

    private WebWiring() {
    }

    static List<Feature> features(SharedWiring core, AccountWiring accounts, CanteenWiring canteen, NurseryWiring nursery,
            BillingWiring billing, DocumentWiring documents, PublicationWiring publication, PaymentWiring payment) {
        var dashboard = new DashboardPages.Sources(accounts.showMyAccount, new ListChildren(core.families(), core.enrolments(), core.clock()),
                canteen.readDays, nursery.useCases.bookings(), nursery.useCases.contracts(), billing.readInvoices, documents.list,
                publication.readNews, billing.readReminders);
        var staffHome = new StaffHomePages.Sources(canteen.headcounts, nursery.useCases.daySheet(), nursery.useCases.waitingLists(),
                accounts.listAddressChanges, payment.listAnomalies, billing.readInvoices);
        return List.of(new DashboardPages(dashboard, core.clock()), new StaffHomePages(staffHome, core.clock()), new ApiDocs());
    }
}
