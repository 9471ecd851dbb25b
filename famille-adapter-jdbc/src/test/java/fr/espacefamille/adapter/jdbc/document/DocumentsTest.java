package fr.espacefamille.adapter.jdbc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.RefusedException;

/** What every {@link Documents} store does. */
class DocumentsTest extends StoreContract {

    private static final Clock CLOCK = Clock.fixed(Fixtures.NOW, ZoneId.of("Europe/Paris"));

    private Documents documents;
    private Family martin;
    private Family nguyen;

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

    @Test
    void parallel_uploads_of_one_family_never_exceed_its_quota() throws Exception {
        Account parent = Fixtures.parent(martin, "martin", "martin@example.fr");
        backend.accounts().add(parent);
        Actor actor = new Actor(parent.id(), "martin", Role.PARENT, martin.id(), null);
        DrainingStore store = new DrainingStore();
        UploadDocument upload = new UploadDocument(documents, store, backend.transactions(), new Audit(backend.auditLog(), CLOCK), CLOCK);
        int uploads = 26;
        long tenMebibytes = StorageQuota.MAX_DOCUMENT_BYTES;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        upload.upload(actor, new UploadDocument.Command(DocumentKind.OTHER, "scan.pdf", pdf(tenMebibytes)));
                        return "KEPT";
                    } catch (RefusedException refused) {
                        return refused.refusal().code();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(2, TimeUnit.MINUTES));
            }
            long fitting = StorageQuota.MAX_FAMILY_BYTES / tenMebibytes;
            assertThat(outcomes).filteredOn("KEPT"::equals).hasSize((int) fitting);
            assertThat(outcomes).filteredOn(o -> !o.equals("KEPT")).hasSize(uploads - (int) fitting)
                    .allMatch(UploadDocument.STORAGE_QUOTA_EXCEEDED.code()::equals);
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents.totalSizeOf(martin.id())).isEqualTo(StorageQuota.MAX_FAMILY_BYTES);
        assertThat(store.kept).as("the refused uploads' bytes are deleted again")
                .containsExactlyInAnyOrderElementsOf(documents.ofFamily(martin.id()).stream().map(Document::storageName).toList());
    }

    @Test
    void the_locked_usage_counts_the_family_s_or_the_applicant_s_documents() {
        Account nadia = Fixtures.applicant("nadia");
        backend.accounts().add(nadia);
        documents.add(document(martin, 300, 0));
        documents.add(document(martin, 20, 1));
        documents.add(new Document(DocumentId.random(), null, DocumentKind.OTHER, "a.pdf", "application/pdf", 7, Fixtures.NOW,
                "name-" + DocumentId.random(), nadia.id().value()));
        assertThat(backend.transactions().inTransaction(() -> documents.lockedUsage(martin.id(), null))).isEqualTo(320);
        assertThat(backend.transactions().inTransaction(() -> documents.lockedUsage(null, nadia.id()))).isEqualTo(7);
        assertThat(backend.transactions().inTransaction(() -> documents.lockedUsage(nguyen.id(), null))).isZero();
    }

    /** {@code size} bytes of a PDF, made as they are read. */
    private static InputStream pdf(long size) {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            private long left = size - head.length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        });
    }

    /** A document store that counts the bytes and keeps only the names: 260 MiB need not sit in the test's memory. */
    private static final class DrainingStore implements DocumentStore {
        final Set<String> kept = ConcurrentHashMap.newKeySet();

        @Override
        public String store(InputStream content, long maxBytes) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                total += n;
            }
            if (total > maxBytes) {
                throw new TooLargeException();
            }
            String name = UUID.randomUUID().toString();
            kept.add(name);
            return name;
        }

        @Override
        public InputStream open(String storageName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String storageName) {
            kept.remove(storageName);
        }
    }
}
