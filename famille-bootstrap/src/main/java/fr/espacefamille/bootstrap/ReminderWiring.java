package fr.espacefamille.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.http.billing.FollowUpApi;
import fr.espacefamille.adapter.http.billing.FollowUpPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.billing.JdbiBillingRuns;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.adapter.jdbc.reminder.JdbiReminders;
import fr.espacefamille.application.reminder.FollowUpUnpaidInvoices;
import fr.espacefamille.application.reminder.ListTreasuryTransfers;
import fr.espacefamille.application.yearly.ReadBillingRate;
import fr.espacefamille.application.yearly.ReadTaxCertificates;

/**
 * Reminders and transfers to the Trésor public (SPEC §11), with their job, and the yearly documents
 * (§12). The job runs once when the portal starts, then every {@link #PERIOD}; several instances
 * may run it together, each step being claimed in the database.
 */
final class ReminderWiring implements AutoCloseable {

    /** Often enough that a reminder leaves on its day whenever the portal started. */
    static final Duration PERIOD = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(ReminderWiring.class);

    final FollowUpUnpaidInvoices followUp;
    final ListTreasuryTransfers transfers;
    final ReadTaxCertificates taxCertificates;
    final ReadBillingRate billingRate;
    private final SharedWiring core;
    private final JobRuns.Job job;
    private ScheduledExecutorService scheduler;

    ReminderWiring(SharedWiring core, BillingWiring billing, NurseryWiring nursery) {
        this.core = core;
        this.job = core.jobs().job("relances");
        var invoices = new JdbiInvoices(core.db());
        followUp = new FollowUpUnpaidInvoices(invoices, new JdbiReminders(core.db()), billing.readDirectDebits, core.families(),
                core.accounts(), core.mailer(), core.config().town(), core.transactions(), core.audit(), core.clock(), core.config().baseUrl().toString());
        transfers = new ListTreasuryTransfers(invoices, billing.readDirectDebits, core.clock());
        taxCertificates = new ReadTaxCertificates(invoices, core.families(), core.clock());
        billingRate = new ReadBillingRate(new JdbiBillingRuns(core.db()), invoices, nursery.stores.attendances(), core.clock());
    }

    List<Feature> features() {
        return List.of(new FollowUpApi(transfers, taxCertificates, billingRate, core.clock()),
                new FollowUpPages(transfers, taxCertificates, billingRate, core.clock()));
    }

    /** Runs the job now, on the caller's thread, then every hour in the background. */
    void startJob() {
        runJob();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "relances");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runJob, PERIOD.toMinutes(), PERIOD.toMinutes(), TimeUnit.MINUTES);
    }

    /** One pass; what failed is logged and retried by the next pass, nothing stops the schedule. */
    void runJob() {
        try {
            FollowUpUnpaidInvoices.Result result = followUp.run();
            if (!result.reminders().isEmpty() || !result.transferred().isEmpty()) {
                LOG.info("Relances : {} envoyées, {} factures transmises au Trésor public", result.reminders().size(),
                        result.transferred().size());
            }
            result.failures().forEach(failure -> LOG.error("Relances : {}", failure));
            if (result.failures().isEmpty()) {
                job.succeeded();
            }
        } catch (RuntimeException failed) {
            LOG.error("Relances : passage interrompu, repris au suivant : {}", failed.getMessage(), failed);
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
