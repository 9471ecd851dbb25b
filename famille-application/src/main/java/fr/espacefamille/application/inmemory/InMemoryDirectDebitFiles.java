package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.application.billing.DirectDebitFiles;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.Regie;

/** In-memory {@link DirectDebitFiles}: an invoice is in one file at most, as the database's unique key makes it. */
public final class InMemoryDirectDebitFiles implements DirectDebitFiles {

    private final Map<DirectDebitFileId, DirectDebitFile> files;
    private final Map<DirectDebitFileId, byte[]> contents;
    private final Map<InvoiceId, DirectDebitCollection> collections;

    public InMemoryDirectDebitFiles(InMemoryTransactions transactions) {
        this.files = new InMemoryMap<DirectDebitFileId, DirectDebitFile>(transactions).map();
        this.contents = new InMemoryMap<DirectDebitFileId, byte[]>(transactions).map();
        this.collections = new InMemoryMap<InvoiceId, DirectDebitCollection>(transactions).map();
    }

    @Override
    public void add(DirectDebitFile file, List<DirectDebitCollection> added, byte[] content) {
        if (added.stream().anyMatch(c -> collections.containsKey(c.invoice()))) {
            throw new IllegalStateException("An invoice is in one direct-debit file at most");
        }
        files.put(file.id(), file);
        contents.put(file.id(), content.clone());
        added.forEach(c -> collections.put(c.invoice(), c));
    }

    @Override
    public Optional<DirectDebitFile> byId(DirectDebitFileId id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public Optional<DirectDebitFile> lock(DirectDebitFileId id) {
        return byId(id);
    }

    @Override
    public List<DirectDebitFile> latest(int limit) {
        return files.values().stream().sorted(Comparator.comparing(DirectDebitFile::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public byte[] content(DirectDebitFileId id) {
        byte[] content = contents.get(id);
        if (content == null) {
            throw new IllegalStateException("Unknown file " + id);
        }
        return content.clone();
    }

    @Override
    public List<DirectDebitCollection> collections(DirectDebitFileId id) {
        return collections.values().stream().filter(c -> c.file().equals(id))
                .sorted(Comparator.comparing(DirectDebitCollection::number)).toList();
    }

    @Override
    public Optional<DirectDebitCollection> collectionOf(InvoiceId invoice) {
        return Optional.ofNullable(collections.get(invoice));
    }

    @Override
    public Set<InvoiceId> inFiles(BillingRunId run) {
        return collections.values().stream().filter(c -> files.get(c.file()).run().equals(run))
                .map(DirectDebitCollection::invoice).collect(Collectors.toSet());
    }

    @Override
    public Set<MandateId> mandatesCollected(Regie regie) {
        return collections.values().stream()
                .filter(c -> c.status() != CollectionStatus.REJECTED && files.get(c.file()).regie() == regie)
                .map(DirectDebitCollection::mandate).collect(Collectors.toSet());
    }

    @Override
    public void update(DirectDebitCollection collection) {
        if (collections.replace(collection.invoice(), collection) == null) {
            throw new IllegalStateException("Unknown collection " + collection.number());
        }
    }

    @Override
    public void markExecuted(DirectDebitFile file) {
        files.put(file.id(), file);
    }
}
