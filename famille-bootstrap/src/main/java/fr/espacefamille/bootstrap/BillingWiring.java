package fr.espacefamille.bootstrap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.http.billing.BillingWeb;
import fr.espacefamille.adapter.http.billing.DirectDebitWeb;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.billing.JdbiBillingRuns;
import fr.espacefamille.adapter.jdbc.billing.JdbiDirectDebitFiles;
import fr.espacefamille.adapter.jdbc.billing.JdbiDirectDebits;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoiceNumbers;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.adapter.jdbc.billing.JdbiTariffs;
import fr.espacefamille.adapter.jdbc.reminder.JdbiReminders;
import fr.espacefamille.adapter.sepa.Pain008Writer;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.ExecuteDirectDebitFile;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.ReadDirectDebitFiles;
import fr.espacefamille.application.billing.ReadMandates;
import fr.espacefamille.application.billing.RecordDirectDebitReject;
import fr.espacefamille.application.billing.RevokeMandate;
import fr.espacefamille.application.billing.SignMandate;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.ReadTariffs;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetCanteenTariff;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.billing.SetNurseryTariff;
import fr.espacefamille.application.reminder.ReadReminders;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.ExampleTariffs;

/** Tariffs, billing runs, invoices, payments, credit notes and direct debits. */
final class BillingWiring {

    private static final Logger LOG = LoggerFactory.getLogger(BillingWiring.class);

    final RunMonthlyBilling runMonthlyBilling;
    final ReadBillingRuns readRuns;
    final ReadInvoices readInvoices;
    final RecordPayment recordPayment;
    final IssueCreditNote issueCreditNote;
    final SetDirectDebit setDirectDebit;
    /** Whether a family pays a régie by direct debit: the card payment asks it before offering to pay by card. */
    final ReadDirectDebits readDirectDebits;
    final DirectDebitWeb.UseCases directDebit;
    final SetCanteenTariff setCanteenTariff;
    final SetNurseryTariff setNurseryTariff;
    final ReadTariffs readTariffs;
    /** An invoice's reminders, which the invoice's API, pages and print batch show. */
    final ReadReminders readReminders;
    /** What billing reads: the demo town's past runs read it as well. */
    final BillingFeeds feeds;

    BillingWiring(SharedWiring core, BillingFeeds feeds) {
        this.feeds = feeds;
        var tariffs = new JdbiTariffs(core.db());
        var runs = new JdbiBillingRuns(core.db());
        var invoices = new JdbiInvoices(core.db());
        var numbers = new JdbiInvoiceNumbers(core.db());
        var directDebits = new JdbiDirectDebits(core.db());
        var directDebitFiles = new JdbiDirectDebitFiles(core.db());
        runMonthlyBilling = new RunMonthlyBilling(core.families(), feeds.canteen(), feeds.nursery(), tariffs, runs, invoices, numbers,
                core.accounts(), core.mailer(), core.config().town(), core.transactions(), core.audit(), core.clock(), core.config().baseUrl().toString(),
                backgroundMail());
        readRuns = new ReadBillingRuns(runs, invoices);
        readInvoices = new ReadInvoices(invoices, core.clock());
        recordPayment = new RecordPayment(invoices, core.transactions(), core.audit(), core.clock());
        issueCreditNote = new IssueCreditNote(invoices, numbers, core.transactions(), core.audit(), core.clock());
        setDirectDebit = new SetDirectDebit(core.families(), directDebits, core.transactions(), core.audit(), core.clock());
        readDirectDebits = new ReadDirectDebits(directDebits, directDebitFiles);
        String portalUrl = core.config().baseUrl().toString();
        directDebit = new DirectDebitWeb.UseCases(
                new SignMandate(core.families(), directDebits, core.accounts(), core.mailer(), core.config().town(), core.transactions(), core.audit(), core.clock(),
                        portalUrl),
                new RevokeMandate(directDebits, core.transactions(), core.audit(), core.clock()),
                new ReadMandates(directDebits, core.config().creditor()),
                new GenerateDirectDebitFile(runs, invoices, directDebits, directDebitFiles, new Pain008Writer(), core.config().creditor(),
                        core.transactions(), core.audit(), core.clock()),
                new ReadDirectDebitFiles(directDebitFiles),
                new ExecuteDirectDebitFile(directDebitFiles, invoices, directDebits, core.transactions(), core.audit(), core.clock()),
                new RecordDirectDebitReject(directDebitFiles, invoices, directDebits, core.families(), core.accounts(), core.mailer(), core.config().town(),
                        core.transactions(), core.audit(), core.clock(), portalUrl),
                readDirectDebits, readRuns);
        setCanteenTariff = new SetCanteenTariff(tariffs, runs, core.transactions(), core.audit());
        setNurseryTariff = new SetNurseryTariff(tariffs, runs, core.transactions(), core.audit());
        readTariffs = new ReadTariffs(tariffs, core.clock());
        readReminders = new ReadReminders(invoices, new JdbiReminders(core.db()), core.clock());
    }

    /** One background thread sends the emails of issued runs; what it could not send is logged. */
    private static Executor backgroundMail() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "avis-de-factures");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, failure) -> LOG.error("Avis de nouvelles factures : {}", failure.getMessage(), failure));
            return thread;
        });
    }

    List<Feature> features(SharedWiring core, FamilyWiring families) {
        List<Feature> features = new ArrayList<>(DirectDebitWeb.features(directDebit));
        features.addAll(BillingWeb.features(new BillingWeb.UseCases(runMonthlyBilling, readRuns, readInvoices, recordPayment, issueCreditNote,
                setDirectDebit, readDirectDebits, setCanteenTariff, setNurseryTariff, readTariffs, families.findFamily, readReminders,
                core.config().baseUrl().toString())));
        return features;
    }

    /** SPEC's demo tariffs from the start of the current school year, set through the use cases when there are none. */
    void loadDemoTariffsIfNone(SharedWiring core) {
        var published = readTariffs.published();
        if (!published.canteen().isEmpty() || !published.nursery().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(core.clock());
        LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        setCanteenTariff.set(Actor.SYSTEM, ExampleTariffs.canteen(schoolYear));
        setNurseryTariff.set(Actor.SYSTEM, ExampleTariffs.nursery(schoolYear));
    }
}
