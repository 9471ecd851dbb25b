package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.document.Documents;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.FamilyId;

/** In-memory {@link Documents}. */
public final class InMemoryDocuments implements Documents {

    private final Map<DocumentId, Document> documents;

    public InMemoryDocuments(InMemoryTransactions transactions) {
        this.documents = new InMemoryMap<DocumentId, Document>(transactions).map();
    }

    @Override
    public void add(Document document) {
        documents.put(document.id(), document);
    }

    @Override
    public Optional<Document> byId(DocumentId id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public void remove(DocumentId id) {
        documents.remove(id);
    }

    @Override
    public List<Document> ofFamily(FamilyId family) {
        return documents.values().stream().filter(d -> family.equals(d.family()))
                .sorted(Comparator.comparing(Document::uploadedAt)).toList();
    }

    @Override
    public long totalSizeOf(FamilyId family) {
        return ofFamily(family).stream().mapToLong(Document::sizeBytes).sum();
    }

    /** In-memory transactions run one at a time: inside one, the sum cannot change before the write. */
    @Override
    public long lockedUsage(FamilyId family, AccountId applicant) {
        return (family != null ? ofFamily(family) : ofApplicant(applicant)).stream().mapToLong(Document::sizeBytes).sum();
    }

    @Override
    public List<Document> ofApplicant(AccountId applicant) {
        return documents.values().stream().filter(d -> applicant.value().equals(d.applicant()))
                .sorted(Comparator.comparing(Document::uploadedAt)).toList();
    }

    @Override
    public synchronized void handOver(AccountId applicant, FamilyId family) {
        for (Document d : ofApplicant(applicant)) {
            documents.put(d.id(), new Document(d.id(), family, d.kind(), d.filename(), d.contentType(), d.sizeBytes(),
                    d.uploadedAt(), d.storageName()));
        }
    }
}
