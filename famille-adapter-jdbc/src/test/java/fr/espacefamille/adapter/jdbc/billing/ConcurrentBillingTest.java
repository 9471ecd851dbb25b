package fr.espacefamille.adapter.jdbc.billing;

import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.InvoiceNumbers;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.Tariffs;
import fr.espacefamille.application.inmemory.InMemoryCanteenConsumption;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryNurseryConsumption;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;
import fr.espacefamille.domain.shared.Town;

/**
 * The billing use cases under concurrency on each backend: the rules hold in the database (row
 * locks, unique keys), not only in Java.
 */
class ConcurrentBillingTest extends StoreContract {

    private static final Actor FINANCE = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);
    private static final LocalDate OCT_2 = LocalDate.of(2026, 10, 2);

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Clock clock = new MovableClock(Instant.parse("2026-10-02T08:00:00Z"));
    private Invoices invoices;
    private InvoiceNumbers numbers;
    private RunMonthlyBilling runMonthlyBilling;
    private RecordPayment recordPayment;
    private IssueCreditNote issueCreditNote;
    private final List<Family> town = new ArrayList<>();
    private BillingRuns runs;

    @BeforeEach
    void townOfTwentyFamilies() {
        invoices = BillingFixtures.invoices(backend);
        runs = BillingFixtures.runs(backend);
        numbers = BillingFixtures.numbers(backend);
        Tariffs tariffs = BillingFixtures.tariffs(backend);
        tariffs.putCanteen(BillingFixtures.canteen(LocalDate.of(2026, 9, 1)));
        InMemoryCanteenConsumption canteen = new InMemoryCanteenConsumption();
        for (int i = 0; i < 20; i++) {
            Family family = BillingFixtures.family(backend, "Famille" + i);
            town.add(family);
            canteen.add(new CanteenDay(family.children().get(0).id(), LocalDate.of(2026, 9, 1 + i), MealCharge.BOOKED_MEAL));
        }
        Audit audit = new Audit(backend.auditLog(), clock);
        runMonthlyBilling = new RunMonthlyBilling(backend.families(), canteen, new InMemoryNurseryConsumption(), tariffs,
                runs, invoices, numbers, backend.accounts(), new InMemoryMailer(), Town.DONGES, backend.transactions(),
                audit, clock, "http://localhost", Runnable::run);
        recordPayment = new RecordPayment(invoices, backend.transactions(), audit, clock);
        issueCreditNote = new IssueCreditNote(invoices, numbers, backend.transactions(), audit, clock);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** Runs the tasks together, released at once; answers each one's result or refusal code. */
    private List<Object> together(List<Callable<Object>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return task.call();
                } catch (RefusedException e) {
                    return e.refusal().code();
                }
            }));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private RunMonthlyBilling.Result issue() {
        return runMonthlyBilling.run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, SEPTEMBER, true));
    }

    @Test
    void a_month_issued_twice_at_once_is_issued_once_with_consecutive_numbers() throws Exception {
        List<Object> results = together(List.of(this::issue, this::issue, () -> runMonthlyBilling.run(FINANCE,
                new RunMonthlyBilling.Command(Regie.SCHOOL, SEPTEMBER, false))));

        assertThat(results).filteredOn(r -> r instanceof RunMonthlyBilling.Result result && result.run().issued()).hasSize(1);
        assertThat(results).filteredOn("MONTH_ALREADY_ISSUED"::equals).hasSizeBetween(1, 2);
        List<InvoiceSummary> issued = invoices.search(InvoiceQuery.ALL, OCT_2, 100);
        assertThat(issued).extracting(s -> s.number().sequence()).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void two_direct_debit_files_generated_at_once_hold_each_invoice_once() throws Exception {
        var mandates = BillingFixtures.directDebits(backend);
        for (Family family : town) {
            BillingFixtures.mandate(mandates, family, "EF-AS-2026-" + family.name().toUpperCase().replace("FAMILLE", "FAM0000"));
        }
        var files = BillingFixtures.directDebitFiles(backend);
        var runId = issue().run().id();
        var generate = new GenerateDirectDebitFile(runs, invoices, mandates, files,
                (creditor, file, collections, at) -> new byte[] {(byte) collections.size()}, null, backend.transactions(),
                new Audit(backend.auditLog(), clock), clock);
        Callable<Object> once = () -> generate.generate(FINANCE, runId);

        List<Object> results = together(List.of(once, once, once));

        assertThat(results).filteredOn(r -> r instanceof DirectDebitFile).singleElement()
                .satisfies(file -> assertThat(((DirectDebitFile) file).count()).isEqualTo(20));
        assertThat(results).filteredOn("NOTHING_TO_COLLECT"::equals).hasSize(2);
        assertThat(files.inFiles(runId)).hasSize(20);
    }

    @Test
    void two_payments_of_the_whole_balance_at_once_record_one() throws Exception {
        InvoiceId invoice = issue().invoices().get(0).id();
        Money balance = invoices.byId(invoice).orElseThrow().balance();
        Callable<Object> pay = () -> recordPayment.record(FINANCE, new RecordPayment.Command(invoice, PaymentMethod.CASH, balance, OCT_2, null, null));

        List<Object> results = together(List.of(pay, pay, pay));

        assertThat(results).filteredOn("AMOUNT_EXCEEDS_BALANCE"::equals).hasSize(2);
        assertThat(invoices.byId(invoice).orElseThrow().payments()).hasSize(1);
    }

    @Test
    void a_double_click_with_one_idempotency_key_records_one_payment() throws Exception {
        InvoiceId invoice = issue().invoices().get(0).id();
        Callable<Object> pay = () -> recordPayment.record(FINANCE, new RecordPayment.Command(invoice, PaymentMethod.CASH,
                Money.ofCents(10), OCT_2, null, "double-clic")).id();

        List<Object> results = together(List.of(pay, pay));

        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(invoices.byId(invoice).orElseThrow().payments()).hasSize(1);
    }

    @Test
    void credit_notes_issued_at_once_share_the_regie_s_numbering_without_gap() throws Exception {
        List<InvoiceId> issued = issue().invoices().stream().map(RunMonthlyBilling.RunInvoice::id).toList();
        List<Callable<Object>> credits = new ArrayList<>();
        for (InvoiceId invoice : issued.subList(0, 6)) {
            credits.add(() -> issueCreditNote.issue(FINANCE, new IssueCreditNote.Command(invoice, Money.ofCents(50), "geste")).number());
        }

        List<Object> numbers = together(credits);

        assertThat(numbers).extracting(n -> ((InvoiceNumber) n).sequence()).containsExactlyInAnyOrder(21L, 22L, 23L, 24L, 25L, 26L);
    }
}
