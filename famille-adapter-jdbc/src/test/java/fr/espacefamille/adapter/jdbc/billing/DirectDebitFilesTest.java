package fr.espacefamille.adapter.jdbc.billing;

import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.NOW;
import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.OCT_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.DirectDebitFiles;
import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.RejectReason;
import fr.espacefamille.domain.billing.SequenceType;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

/** What every {@link DirectDebitFiles} store does. */
abstract class DirectDebitFilesContract extends StoreContract {

    private static final LocalDate COLLECTION = LocalDate.of(2026, 11, 16);

    private DirectDebitFiles files;
    private BillingRun run;
    private Invoice martinInvoice;
    private Invoice nguyenInvoice;
    private DirectDebitMandate martinMandate;
    private DirectDebitMandate nguyenMandate;

    DirectDebitFilesContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        files = BillingFixtures.directDebitFiles(backend);
        Invoices invoices = BillingFixtures.invoices(backend);
        DirectDebits mandates = BillingFixtures.directDebits(backend);
        var runs = BillingFixtures.runs(backend);
        run = BillingRun.start(Regie.SCHOOL, BillingFixtures.SEPTEMBER, true, NOW, OCT_2, "tresorerie");
        runs.add(run);
        Family martin = BillingFixtures.family(backend, "Martin");
        Family nguyen = BillingFixtures.family(backend, "Nguyen");
        martinInvoice = BillingFixtures.draft(run, martin, false).issue(new InvoiceNumber(Regie.SCHOOL, 2026, 1), OCT_2);
        nguyenInvoice = BillingFixtures.draft(run, nguyen, false).issue(new InvoiceNumber(Regie.SCHOOL, 2026, 2), OCT_2);
        invoices.addAll(List.of(martinInvoice, nguyenInvoice));
        martinMandate = BillingFixtures.mandate(mandates, martin, "EF-AS-2026-AAAAAAAAAA");
        nguyenMandate = BillingFixtures.mandate(mandates, nguyen, "EF-AS-2026-BBBBBBBBBB");
    }

    private DirectDebitFile file(DirectDebitFileId id, List<DirectDebitCollection> collections) {
        return new DirectDebitFile(id, Regie.SCHOOL, run.id(), "EF-AS-202609-" + id.toString().substring(0, 8).toUpperCase(), COLLECTION,
                collections.size(), collections.stream().map(DirectDebitCollection::amount).reduce(Money.ZERO, Money::plus), NOW,
                "tresorerie", null);
    }

    private static final byte[] DOCUMENT = "<Document>é</Document>".getBytes(StandardCharsets.UTF_8);

    @Test
    void reads_a_file_back_with_its_document_s_exact_bytes_and_its_collections() {
        DirectDebitFileId id = DirectDebitFileId.random();
        var collections = List.of(DirectDebitCollection.of(id, martinInvoice.summary(), martinMandate, SequenceType.FRST),
                DirectDebitCollection.of(id, nguyenInvoice.summary(), nguyenMandate, SequenceType.RCUR));
        DirectDebitFile file = file(id, collections);

        files.add(file, collections, DOCUMENT);

        assertThat(files.byId(id)).contains(file);
        assertThat(files.latest(10)).containsExactly(file);
        assertThat(files.content(id)).isEqualTo(DOCUMENT);
        assertThat(files.collections(id)).containsExactlyElementsOf(collections);
        assertThat(files.collectionOf(martinInvoice.id())).contains(collections.get(0));
        assertThat(files.inFiles(run.id())).containsExactlyInAnyOrder(martinInvoice.id(), nguyenInvoice.id());
        assertThat(files.mandatesCollected(Regie.SCHOOL)).containsExactlyInAnyOrder(martinMandate.id(), nguyenMandate.id());
        assertThat(files.mandatesCollected(Regie.EARLY_CHILDHOOD)).isEmpty();
    }

    @Test
    void saves_a_collection_s_payment_or_reject_and_the_file_s_execution() {
        DirectDebitFileId id = DirectDebitFileId.random();
        var collections = List.of(DirectDebitCollection.of(id, martinInvoice.summary(), martinMandate, SequenceType.FRST),
                DirectDebitCollection.of(id, nguyenInvoice.summary(), nguyenMandate, SequenceType.FRST));
        DirectDebitFile file = file(id, collections);
        files.add(file, collections, DOCUMENT);

        DirectDebitCollection collected = collections.get(0).collected(PaymentId.random());
        DirectDebitCollection rejected = collections.get(1).rejected(RejectReason.AM04, COLLECTION.plusDays(3));
        files.update(collected);
        files.update(rejected);
        files.markExecuted(file.executedOn(COLLECTION.plusDays(1)));

        assertThat(files.collections(id)).containsExactly(collected, rejected);
        assertThat(files.byId(id).orElseThrow().executedOn()).isEqualTo(COLLECTION.plusDays(1));
        assertThat(files.collectionOf(nguyenInvoice.id()).orElseThrow().status()).isEqualTo(CollectionStatus.REJECTED);
        // a rejected first collection leaves the mandate to be collected FRST again
        assertThat(files.mandatesCollected(Regie.SCHOOL)).containsExactly(martinMandate.id());
    }

    @Test
    void an_invoice_already_in_a_file_cannot_be_in_another() {
        DirectDebitFileId first = DirectDebitFileId.random();
        var collections = List.of(DirectDebitCollection.of(first, martinInvoice.summary(), martinMandate, SequenceType.FRST));
        files.add(file(first, collections), collections, DOCUMENT);

        DirectDebitFileId second = DirectDebitFileId.random();
        var again = List.of(DirectDebitCollection.of(second, nguyenInvoice.summary(), nguyenMandate, SequenceType.FRST),
                DirectDebitCollection.of(second, martinInvoice.summary(), martinMandate, SequenceType.RCUR));

        assertThatThrownBy(() -> backend.transactions().run(() -> files.add(file(second, again), again, DOCUMENT)))
                .isInstanceOf(RuntimeException.class);
        assertThat(files.byId(second)).isEmpty();
        assertThat(files.collectionOf(nguyenInvoice.id())).isEmpty();
    }
}
