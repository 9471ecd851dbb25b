package fr.espacefamille.bootstrap;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.http.privacy.PrivacyApi;
import fr.espacefamille.adapter.http.privacy.PrivacyPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.privacy.JdbiFamilyRecords;
import fr.espacefamille.adapter.jdbc.privacy.JdbiFamilyRetention;
import fr.espacefamille.application.privacy.AnonymiseFamiliesPastRetention;
import fr.espacefamille.application.privacy.ExportFamilyData;
import fr.espacefamille.application.privacy.HoldFamilyData;
import fr.espacefamille.application.privacy.ListFamiliesDueForAnonymisation;

/**
 * Personal data (§13): the family export, the staff list of families due for anonymisation and
 * their holds, and the monthly anonymisation job — run at start-up, then looked at every few hours
 * (the month's run is claimed in the database, so it happens once per month across instances).
 */
final class PrivacyWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyWiring.class);
    static final Duration JOB_CHECK = Duration.ofHours(6);

    final ExportFamilyData export;
    final ListFamiliesDueForAnonymisation due;
    final HoldFamilyData holds;
    final AnonymiseFamiliesPastRetention anonymise;
    private final JobRuns.Job job;

    PrivacyWiring(SharedWiring core, DocumentWiring documents) {
        var retention = core.pupilDays().retention(new JdbiFamilyRetention(core.db()));
        job = core.jobs().job("anonymisation");
        export = new ExportFamilyData(new JdbiFamilyRecords(core.db()), documents.documents, documents.store, core.audit());
        due = new ListFamiliesDueForAnonymisation(retention);
        holds = new HoldFamilyData(retention, core.families(), core.transactions(), core.audit(), core.clock());
        anonymise = new AnonymiseFamiliesPastRetention(retention, documents.store, core.passwordHasher(), core.transactions(),
                core.audit(), core.clock());
    }

    List<Feature> features(SharedWiring core) {
        return List.of(new PrivacyApi(export, due, core.clock()), new PrivacyPages(export, due, holds, core.clock()));
    }

    /** Runs the job now (start-up: a month missed while the portal was down is caught up) and every few hours. */
    void startJob() {
        job.every(JOB_CHECK, this::runJob);
    }

    private void runJob() {
        try {
            AnonymiseFamiliesPastRetention.Run run = anonymise.runIfDue();
            job.succeeded();
            if (run.ran()) {
                LOG.info("Anonymisation mensuelle : {} foyer(s) anonymisé(s), {} fichier(s) non supprimé(s)", run.anonymised(), run.filesLeft());
            }
        } catch (RuntimeException e) {
            LOG.error("Anonymisation mensuelle interrompue", e);
        }
    }

    @Override
    public void close() {
        job.close();
    }
}
