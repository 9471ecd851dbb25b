package fr.espacefamille.adapter.jdbc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Family;

/** What every {@link Documents} store does. */
abstract class DocumentsContract extends StoreContract {

    private Documents documents;
    private Family martin;
    private Family nguyen;

    DocumentsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void storeFamilies() {
        documents = backend.store(InMemoryDocuments::new, JdbiDocuments::new);
        martin = Fixtures.family("Martin");
        nguyen = Fixtures.family("Nguyen");
        backend.families().add(martin);
        backend.families().add(nguyen);
    }

    private Document document(Family family, long size, int secondsLater) {
        return new Document(DocumentId.random(), family.id(), DocumentKind.PROOF_OF_ADDRESS, "facture edf.pdf",
                "application/pdf", size, Fixtures.NOW.plusSeconds(secondsLater), "name-" + DocumentId.random());
    }

    @Test
    void reads_back_a_family_s_documents_oldest_first_and_their_total_size() {
        Document later = document(martin, 2_000_000, 60);
        Document first = document(martin, 300, 0);
        documents.add(later);
        documents.add(first);
        documents.add(document(nguyen, 5, 0));

        assertThat(documents.byId(first.id())).contains(first);
        assertThat(documents.byId(DocumentId.random())).isEmpty();
        assertThat(documents.ofFamily(martin.id())).containsExactly(first, later);
        assertThat(documents.totalSizeOf(martin.id())).isEqualTo(2_000_300);
        assertThat(documents.totalSizeOf(Fixtures.family("Personne").id())).isZero();
    }

    @Test
    void an_applicant_s_documents_are_its_own_until_handed_over_to_its_new_family() {
        Account nadia = Fixtures.applicant("nadia");
        backend.accounts().add(nadia);
        Document proof = new Document(DocumentId.random(), null, DocumentKind.PROOF_OF_ADDRESS, "edf.pdf", "application/pdf",
                10, Fixtures.NOW, "name-" + DocumentId.random(), nadia.id().value());
        documents.add(proof);
        documents.add(document(martin, 5, 0));

        assertThat(documents.byId(proof.id())).contains(proof);
        assertThat(documents.ofApplicant(nadia.id())).containsExactly(proof);
        assertThat(documents.ofFamily(martin.id())).hasSize(1);

        documents.handOver(nadia.id(), nguyen.id());

        assertThat(documents.ofApplicant(nadia.id())).isEmpty();
        assertThat(documents.ofFamily(nguyen.id())).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(proof.id());
            assertThat(d.family()).isEqualTo(nguyen.id());
            assertThat(d.applicant()).isNull();
        });
    }
}
