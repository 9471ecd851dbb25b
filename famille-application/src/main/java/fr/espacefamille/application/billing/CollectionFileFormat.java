package fr.espacefamille.application.billing;

import java.time.OffsetDateTime;
import java.util.List;

import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;

/** Out-port: writes a direct-debit file as the document the bank takes (ISO 20022 pain.008.001.08). */
public interface CollectionFileFormat {

    /** The document's bytes; {@code createdAt} is its creation time as the bank reads it. */
    byte[] write(Creditor creditor, DirectDebitFile file, List<DirectDebitCollection> collections, OffsetDateTime createdAt);
}
