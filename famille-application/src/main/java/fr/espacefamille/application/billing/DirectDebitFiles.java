package fr.espacefamille.application.billing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.Regie;

/**
 * Out-port: direct-debit files, their bytes as first generated, and the invoices they collect. An
 * invoice is in one file at most: adding a file that holds an invoice already in another fails.
 */
public interface DirectDebitFiles {

    void add(DirectDebitFile file, List<DirectDebitCollection> collections, byte[] content);

    Optional<DirectDebitFile> byId(DirectDebitFileId id);

    /** Like {@link #byId}, holding the file until the transaction ends so that its execution and rejects happen one at a time. */
    Optional<DirectDebitFile> lock(DirectDebitFileId id);

    /** The most recent files first. */
    List<DirectDebitFile> latest(int limit);

    /** The pain.008 document exactly as it was generated. */
    byte[] content(DirectDebitFileId id);

    /** The file's collections in invoice-number order. */
    List<DirectDebitCollection> collections(DirectDebitFileId id);

    /** The collection of the invoice, in whichever file holds it. */
    Optional<DirectDebitCollection> collectionOf(InvoiceId invoice);

    /** The invoices of the run that are already in a file. */
    Set<InvoiceId> inFiles(BillingRunId run);

    /** The régie's mandates that have a collection not rejected: their next one is recurrent ({@code RCUR}). */
    Set<MandateId> mandatesCollected(Regie regie);

    /** Saves a collection's status, payment and reject. */
    void update(DirectDebitCollection collection);

    void markExecuted(DirectDebitFile file);
}
