package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.crypto.Argon2PasswordHasher;
import fr.espacefamille.adapter.http.family.AbsenceApi;
import fr.espacefamille.adapter.http.family.AbsenceHandler;
import fr.espacefamille.adapter.http.family.EnrolmentApi;
import fr.espacefamille.adapter.http.family.EnrolmentHandler;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.adapter.jdbc.account.JdbiAccounts;
import fr.espacefamille.adapter.jdbc.account.JdbiActivationKeys;
import fr.espacefamille.adapter.jdbc.account.JdbiSessions;
import fr.espacefamille.adapter.jdbc.audit.JdbiAuditLog;
import fr.espacefamille.adapter.jdbc.canteen.JdbiPupilDays;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.adapter.jdbc.family.JdbiFamilies;
import fr.espacefamille.adapter.jdbc.family.JdbiSchools;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.application.canteen.RememberedPupilDays;
import fr.espacefamille.application.document.DeleteOrphanFiles;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.PasswordHasher;
import fr.espacefamille.application.account.RecentAccounts;
import fr.espacefamille.application.account.RecentSessions;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.ChildService;
import io.javalin.Javalin;

/**
 * The whole portal wired with plain constructors: database, stores, clock, use cases, web. Each
 * feature's wiring class builds its own use cases and pages from the {@link SharedWiring} every feature shares.
 */
public final class EspaceFamille implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EspaceFamille.class);

    private final Database database;
    private final MailWiring mail;
    private final Javalin web;
    private final SharedWiring core;
    private final ReminderWiring reminders;
    private final PrivacyWiring privacy;
    private final DocumentWiring documents;
    private final CommissionWiring commission;

    private EspaceFamille(Database database, MailWiring mail, Javalin web, SharedWiring core, ReminderWiring reminders,
            PrivacyWiring privacy, CommissionWiring commission, DocumentWiring documents) {
        this.database = database;
        this.reminders = reminders;
        this.mail = mail;
        this.web = web;
        this.core = core;
        this.privacy = privacy;
        this.commission = commission;
        this.documents = documents;
    }

    public static EspaceFamille start(Config config) {
        return start(config, BillingFeeds::ofPortal);
    }

    /** The portal with billing reading consumption from {@code billingFeeds} (tests and the crash test give their own). */
    static EspaceFamille start(Config config, BillingFeeds.Source billingFeeds) {
        return start(config, billingFeeds, Argon2PasswordHasher.OWASP);
    }

    /**
     * Test hook: the portal hashing passwords with {@code passwords}. In-process end-to-end tests give a
     * cheap Argon2id, as thousands of sign-ins at OWASP's cost took minutes; every other start uses OWASP's.
     */
    static EspaceFamille start(Config config, BillingFeeds.Source billingFeeds, PasswordHasher passwords) {
        LOG.info("Démarrage d'Espace Famille : {}", config);
        DataFolder.ownerOnly(config.dataDir());
        Database database = Database.start(config.dbUrl(), config.dbUser(), config.dbPassword());
        try {
            JdbiContext db = database.context();
            var clock = config.clock();
            var auditLog = new JdbiAuditLog(db);
            var audit = new Audit(auditLog, clock);
            var activationKeys = new JdbiActivationKeys(db);
            List<String> formTargets = new ArrayList<>(PaymentWiring.formTargets(config));
            formTargets.addAll(FranceConnectWiring.formTargets(config));
            WebSettings web = new WebSettings(config.baseUrl(), config.paybox().simulator(), formTargets, config.town(),
                    config.franceConnect().isPresent(), config.trustedProxies());
            OperationsWiring operations = new OperationsWiring(database);
            MailWiring mail = new MailWiring(config, clock, db, operations.jobs);
            JdbiTransactions transactions = new JdbiTransactions(db);
            // month views from memory; the stores that change what they read are wrapped to tell it (see CanteenWiring too)
            var pupilDays = new RememberedPupilDays(new JdbiPupilDays(db), transactions, database.pupilDaysChanges(), Clock.systemUTC());
            SharedWiring core = new SharedWiring(config, clock, db, transactions, auditLog, audit, mail.mailer(),
                    passwords, web, pupilDays.families(new JdbiFamilies(db)), new JdbiSchools(db), pupilDays.enrolments(new JdbiEnrolments(db)),
                    new RecentAccounts(new JdbiAccounts(db), transactions, Clock.systemUTC()), new RecentSessions(new JdbiSessions(db), Clock.systemUTC()), activationKeys, new ActivationKeyIssuer(activationKeys, audit, clock),
                    operations.jobs, pupilDays);

            DocumentWiring documents = new DocumentWiring(core);
            AccountWiring accounts = new AccountWiring(core, documents, mail.afterAnswering());
            FamilyWiring families = new FamilyWiring(core);
            PublicationWiring publication = new PublicationWiring(core, documents);
            List<Feature> features = new ArrayList<>();
            features.addAll(publication.features(core));
            features.addAll(accounts.features(core));
            features.addAll(families.features(core));
            CanteenWiring canteen = new CanteenWiring(core, documents);
            features.addAll(documents.features());
            features.addAll(canteen.features(core, documents));
            NurseryWiring nursery = new NurseryWiring(core, families.findFamily, documents);
            features.addAll(nursery.features());
            EnrolmentWiring enrolment = new EnrolmentWiring(core, documents, canteen.enrol);
            features.addAll(enrolment.features());
            CommissionWiring commission = new CommissionWiring(core, nursery, documents);
            features.addAll(commission.features());
            BillingWiring billing = new BillingWiring(core, billingFeeds.feeds(core, canteen, nursery));
            features.addAll(billing.features(core, families));
            Map<ChildService, EnrolmentHandler> enrolmentHandlers = new EnumMap<>(ChildService.class);
            enrolmentHandlers.putAll(canteen.enrolmentHandlers());
            enrolmentHandlers.putAll(nursery.enrolmentHandlers());
            features.add(new EnrolmentApi(enrolmentHandlers));
            Map<String, AbsenceHandler> absenceHandlers = new HashMap<>();
            absenceHandlers.put("CANTEEN", canteen.absenceHandler());
            absenceHandlers.put("NURSERY", nursery.absenceHandler());
            features.add(new AbsenceApi(absenceHandlers));
            ReminderWiring reminders = new ReminderWiring(core, billing, nursery);
            features.addAll(reminders.features());
            PaymentWiring payment = new PaymentWiring(core, billing);
            features.addAll(payment.features());
            features.addAll(FranceConnectWiring.features(core, accounts));
            PrivacyWiring privacy = new PrivacyWiring(core, documents);
            features.addAll(privacy.features(core));
            features.add(operations.api(config, mail));
            features.addAll(WebWiring.features(core, accounts, canteen, nursery, billing, documents, publication, payment));
            features.addAll(StaffWiring.features(core, families, documents, billing, commission, enrolment, canteen, nursery));

            if (accounts.ensureAdmin.ensure(config.adminPassword().orElse(null))) {
                LOG.info("Compte administrateur « admin » créé");
            }
            if (config.demo()) {
                new DemoTown(core, families, publication, accounts.activate).loadIfEmpty();
                demo("cantine", () -> new CanteenDemo(core, canteen).loadIfEmpty());
                demo("multi-accueil", () -> new NurseryDemo(core, nursery).loadIfAbsent());
                demo("inscriptions scolaires", () -> new EnrolmentDemo(core, enrolment, documents.upload).loadIfAbsent());
                demo("commission", () -> new CommissionDemo(core, commission, nursery).loadIfEmpty());
                demo("tarifs", () -> billing.loadDemoTariffsIfNone(core));
                demo("prélèvements", () -> DirectDebitDemo.loadIfNone(core, billing));
                HistoryDemo history = new HistoryDemo(core, accounts, families, canteen, nursery, documents);
                demo("historique", history::record);
                DemoBilling past = new DemoBilling(core, billing, payment);
                demo("relances", () -> new RemindersDemo(core, families, billing, past).loadIfAbsent());
                demo("facturation", () -> history.bill(past));
                demo("relances passées", past::followUpUntilYesterday);
            }
            reminders.startJob();
            commission.startJobs();
            if (config.paybox().simulator()) {
                LOG.warn("Paiements simulés — mode démonstration : aucun paiement réel n'est possible");
            }
            // again, now that the database, the simulator's keys and the demo's key list exist
            DataFolder.ownerOnly(config.dataDir());
            Javalin app = HttpApp.create(web, accounts.authenticate, features).start(config.port());
            LOG.info("Espace Famille prêt sur le port {}", app.port());
            privacy.startJob();
            documents.startJob();
            return new EspaceFamille(database, mail, app, core, reminders, privacy, commission, documents);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Loads one part of the demo town. Each part is told relative to today; one that cannot be told
     * today is logged and left out, so that a demo start never fails on its own story.
     */
    private static void demo(String part, Runnable load) {
        try {
            load.run();
        } catch (RuntimeException e) {
            LOG.warn("Démonstration « {} » non chargée : {}", part, e.getMessage(), e);
        }
    }

    /** Every HTTP route as {@code METHOD path}, for the API documentation and hostile-input tests. */
    public List<String> routes() {
        return web.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod()) // before and after filters are not routes
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .distinct().sorted().toList();
    }

    /** The staff roles each route declares ({@code METHOD path}; empty for a route open to anyone signed in or not). */
    public Map<String, List<Role>> routeRoles() {
        Map<String, List<Role>> roles = new java.util.TreeMap<>();
        web.unsafe.internalRouter.allHttpHandlers().stream().filter(e -> e.endpoint.method.isHttpMethod()).forEach(e ->
                roles.put(e.endpoint.method.name() + " " + e.endpoint.path, Access.declared(e.endpoint)));
        return roles;
    }

    /** The shared infrastructure and stores, for end-to-end tests. */
    SharedWiring core() {
        return core;
    }

    /** One pass of the reminders job now, besides the scheduled ones (end-to-end tests). */
    void runReminderJob() {
        reminders.runJob();
    }

    /** One pass of the orphan files' clean-up now, besides the scheduled ones (end-to-end tests). */
    DeleteOrphanFiles.Pass runOrphanCleanUp() {
        return documents.runJob();
    }

    /** Waits for the mail work done after answering (password resets): end-to-end tests then read the outbox. */
    void settle() {
        mail.settle();
    }

    public int port() {
        return web.port();
    }

    @Override
    public void close() {
        documents.close();
        privacy.close();
        commission.close();
        web.stop();
        reminders.close();
        mail.close();
        database.close();
    }
}
