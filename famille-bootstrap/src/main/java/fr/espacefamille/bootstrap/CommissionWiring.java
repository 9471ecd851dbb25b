package fr.espacefamille.bootstrap;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.http.commission.CommissionApi;
import fr.espacefamille.adapter.http.commission.CommissionPages;
import fr.espacefamille.adapter.http.commission.CommissionStaffPages;
import fr.espacefamille.adapter.http.commission.CommissionUseCases;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.commission.JdbiCommissionSessions;
import fr.espacefamille.adapter.jdbc.commission.JdbiNurseryOffers;
import fr.espacefamille.adapter.jdbc.commission.JdbiNurseryRequests;
import fr.espacefamille.adapter.jdbc.commission.JdbiScoringGrids;
import fr.espacefamille.application.commission.AllocateSession;
import fr.espacefamille.application.commission.AnswerOffer;
import fr.espacefamille.application.commission.CommissionContext;
import fr.espacefamille.application.commission.CommissionStores;
import fr.espacefamille.application.commission.ConfirmNurseryRequest;
import fr.espacefamille.application.commission.CorrectNurseryAnswers;
import fr.espacefamille.application.commission.ExpireOffers;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.commission.ReadCommissionSessions;
import fr.espacefamille.application.commission.ReadNurseryRequests;
import fr.espacefamille.application.commission.ReadScoringGrid;
import fr.espacefamille.application.commission.RecordBirth;
import fr.espacefamille.application.commission.RecordSessionMembers;
import fr.espacefamille.application.commission.SetScoringGrid;
import fr.espacefamille.application.family.ListChildren;

/**
 * The commission of regular care: its stores, use cases, API and pages, and the job that expires
 * unanswered offers — once at start-up, then every minute (each offer is claimed in the database,
 * so several instances may run it).
 */
final class CommissionWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommissionWiring.class);
    static final long EXPIRY_PERIOD_SECONDS = 60;

    final CommissionContext context;
    final CommissionUseCases useCases;
    final ExpireOffers expireOffers;
    private final JobRuns.Job expiry;
    private final ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "commission-offer-expiry");
        thread.setDaemon(true);
        return thread;
    });

    CommissionWiring(SharedWiring core, NurseryWiring nursery, DocumentWiring documents) {
        var db = core.db();
        expiry = core.jobs().job("expiration-propositions");
        CommissionStores stores = new CommissionStores(new JdbiScoringGrids(db), new JdbiNurseryRequests(db),
                new JdbiCommissionSessions(db), new JdbiNurseryOffers(db), core.families(), nursery.stores.contracts(), documents.documents,
                core.accounts());
        context = new CommissionContext(stores, core.transactions(), core.audit(), core.mailer(), core.clock(), core.config().baseUrl().toString(),
                core.config().town());
        expireOffers = new ExpireOffers(context);
        ReadCommissionSessions readSessions = new ReadCommissionSessions(context, expireOffers);
        useCases = new CommissionUseCases(new PreRegisterChild(context), new RecordBirth(context), new ConfirmNurseryRequest(context),
                new ReadNurseryRequests(context, expireOffers), new AnswerOffer(context, nursery.useCases.registerContract()),
                new SetScoringGrid(context), new ReadScoringGrid(context), new OpenCommissionSession(context),
                new AllocateSession(context, readSessions), readSessions, new RecordSessionMembers(context),
                new CorrectNurseryAnswers(context),
                new ListChildren(core.families(), core.enrolments(), core.clock()), documents.list, core.clock());
    }

    List<Feature> features() {
        return List.of(new CommissionApi(useCases), new CommissionPages(useCases), new CommissionStaffPages(useCases));
    }

    /** Expires what lapsed while the portal was stopped, then keeps watching. */
    void startJobs() {
        expireDueOffers();
        jobs.scheduleWithFixedDelay(this::expireDueOffers, EXPIRY_PERIOD_SECONDS, EXPIRY_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void expireDueOffers() {
        try {
            int expired = expireOffers.run();
            expiry.succeeded();
            if (expired > 0) {
                LOG.info("Propositions de place expirées sans réponse : {}", expired);
            }
        } catch (RuntimeException e) {
            LOG.warn("L'expiration des propositions de place a échoué ; nouvel essai dans {} s", EXPIRY_PERIOD_SECONDS, e);
        }
    }

    @Override
    public void close() {
        jobs.shutdownNow();
    }
}
