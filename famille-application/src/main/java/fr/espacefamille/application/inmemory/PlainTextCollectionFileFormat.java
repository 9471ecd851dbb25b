package fr.espacefamille.application.inmemory;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import fr.espacefamille.application.billing.CollectionFileFormat;
import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;

/**
 * A {@link CollectionFileFormat} that writes a direct-debit file as readable UTF-8 text instead of
 * the bank's XML: a heading line (creditor identifier, message id, collection date, creation time),
 * then one line per collection (invoice number, mandate reference, sequence type, amount in cents),
 * fields separated by {@code ;}. No bank takes it: it lets an in-memory Espace Famille generate,
 * store and execute files without the SEPA adapter, whose {@code Pain008Writer} writes the real
 * pain.008 document.
 */
public final class PlainTextCollectionFileFormat implements CollectionFileFormat {

    /** Writes the file's text; never refuses. */
    @Override
    public byte[] write(Creditor creditor, DirectDebitFile file, List<DirectDebitCollection> collections, OffsetDateTime createdAt) {
        StringBuilder text = new StringBuilder()
                .append(creditor.id().value()).append(';').append(file.messageId()).append(';').append(file.collectionDate())
                .append(';').append(createdAt).append('\n');
        for (DirectDebitCollection collection : collections) {
            text.append(collection.number()).append(';').append(collection.rum()).append(';').append(collection.sequence())
                    .append(';').append(collection.amount().cents()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
