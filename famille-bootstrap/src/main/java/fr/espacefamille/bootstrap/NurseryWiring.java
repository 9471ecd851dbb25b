package fr.espacefamille.bootstrap;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.http.family.AbsenceHandler;
import fr.espacefamille.adapter.http.family.EnrolmentHandler;
import fr.espacefamille.adapter.http.nursery.NurseryAbsenceHandler;
import fr.espacefamille.adapter.http.nursery.NurseryApi;
import fr.espacefamille.adapter.http.nursery.NurseryEnrolmentHandlers;
import fr.espacefamille.adapter.http.nursery.NurseryPages;
import fr.espacefamille.adapter.http.nursery.NurseryStaffPages;
import fr.espacefamille.adapter.http.nursery.NurseryUseCases;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurseryAbsences;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurseryAttendances;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurserySettings;
import fr.espacefamille.adapter.jdbc.nursery.JdbiNurserySlots;
import fr.espacefamille.adapter.jdbc.nursery.JdbiOccasionalBookings;
import fr.espacefamille.adapter.jdbc.nursery.JdbiRegularContracts;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.CancelOccasionalBooking;
import fr.espacefamille.application.nursery.EndRegularContract;
import fr.espacefamille.application.nursery.ListNurseryAbsences;
import fr.espacefamille.application.nursery.ListNurserySlots;
import fr.espacefamille.application.nursery.ListOccasionalBookings;
import fr.espacefamille.application.nursery.ListRegularContracts;
import fr.espacefamille.application.nursery.ListWaitingLists;
import fr.espacefamille.application.nursery.NurseryBillableHours;
import fr.espacefamille.application.nursery.NurseryDaySheet;
import fr.espacefamille.application.nursery.NurseryStores;
import fr.espacefamille.application.nursery.RecordNurseryAttendance;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.application.nursery.UpdateNurserySettings;
import fr.espacefamille.domain.family.ChildService;

/** The multi-accueil: its stores, use cases, API and pages. {@link #billableHours} is what billing reads. */
final class NurseryWiring {

    final NurseryStores stores;
    final NurseryUseCases useCases;
    final NurseryBillableHours billableHours;

    /** {@code documentWiring}: the families' documents, where absence certificates are looked up. */
    NurseryWiring(SharedWiring core, FindFamily findFamily, DocumentWiring documentWiring) {
        Documents documents = documentWiring.documents;
        var db = core.db();
        stores = new NurseryStores(new JdbiNurserySettings(db), new JdbiNurserySlots(db), new JdbiOccasionalBookings(db),
                new JdbiRegularContracts(db), new JdbiNurseryAbsences(db), new JdbiNurseryAttendances(db), core.families(),
                core.enrolments());
        var tx = core.transactions();
        var audit = core.audit();
        var clock = core.clock();
        billableHours = new NurseryBillableHours(stores);
        useCases = new NurseryUseCases(
                new UpdateNurserySettings(stores, tx, core.mailer(), core.config().town(), audit, clock),
                new ListNurserySlots(stores),
                new RegisterRegularContract(stores, tx, audit, clock),
                new RegisterOccasionalCare(stores, tx, audit),
                new EndRegularContract(stores, tx, core.mailer(), core.config().town(), audit, clock),
                new ListRegularContracts(stores, clock),
                new BookOccasionalCare(stores, tx, audit, clock),
                new ListOccasionalBookings(stores),
                new CancelOccasionalBooking(stores, tx, core.mailer(), core.config().town(), audit, clock),
                new ReportNurseryAbsence(stores, documents, documentWiring.delete, tx, core.mailer(), core.config().town(), audit, clock),
                new ListNurseryAbsences(stores, billableHours),
                new RecordNurseryAttendance(stores, tx, audit, clock),
                new NurseryDaySheet(stores),
                new ListWaitingLists(stores, clock),
                billableHours,
                findFamily, core.families(), core.enrolments(), documentWiring.certificates, clock);
    }

    List<Feature> features() {
        return List.of(new NurseryApi(useCases), new NurseryPages(useCases), new NurseryStaffPages(useCases));
    }

    /** The nursery's branches of {@code POST /admin/children/{id}/enrolments}. */
    Map<ChildService, EnrolmentHandler> enrolmentHandlers() {
        var handlers = new NurseryEnrolmentHandlers(useCases.registerContract(), useCases.registerOccasional());
        return Map.of(
                ChildService.NURSERY_REGULAR, (ctx, actor, child) -> handlers.regular(actor, child, Web.body(ctx, JsonNode.class)),
                ChildService.NURSERY_OCCASIONAL, (ctx, actor, child) -> handlers.occasional(actor, child, Web.body(ctx, JsonNode.class)));
    }

    /** The nursery's branch of {@code POST /children/{id}/absences}. */
    AbsenceHandler absenceHandler() {
        var handler = new NurseryAbsenceHandler(useCases.reportAbsence());
        return (ctx, actor, child) -> handler.report(actor, child, Web.body(ctx, JsonNode.class));
    }
}
