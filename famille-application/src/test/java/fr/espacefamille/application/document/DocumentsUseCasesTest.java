package fr.espacefamille.application.document;

import static fr.espacefamille.application.shared.RefusalCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryDocumentStore;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.RefusedException;

class DocumentsUseCasesTest {

    static final byte[] PDF = Contents.PDF;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-09-07T06:00:00Z"));
    private final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    private final InMemoryAuditLog log = town.stores().auditLog();
    private final InMemoryDocuments documents = town.stores().documents();
    private final InMemoryDocumentStore store = town.stores().documentStore();
    private final UploadDocument upload = town.documents().upload();
    private final ListDocuments list = town.documents().list();
    private final ReadDocument read = town.documents().read();
    private final FamilyId martin = FamilyId.random();
    private final FamilyId nguyen = FamilyId.random();
    private final Actor claire = new Actor(null, "claire", Role.PARENT, martin, null);
    private final Actor helene = new Actor(null, "helene", Role.PARENT, nguyen, null);
    private final Actor financeAgent = new Actor(null, "finance", Role.FINANCE_AGENT, null, null);

    @Test
    void keeps_a_pdf_with_its_detected_type_sanitised_name_and_true_size() throws IOException {
        Document document = upload.upload(claire, new UploadDocument.Command(DocumentKind.MEDICAL_CERTIFICATE,
                "../scans/certificat Léa.pdf", new ByteArrayInputStream(PDF)));

        assertThat(document.filename()).isEqualTo("certificat Léa.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.sizeBytes()).isEqualTo(PDF.length);
        assertThat(document.uploadedAt()).isEqualTo(clock.instant());
        assertThat(list.own(claire)).containsExactly(document);
        try (InputStream in = read.open(claire, document.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(log.between(Instant.EPOCH, Instant.MAX, 10)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("DOCUMENT_UPLOADED"));
    }

    @Test
    void refuses_what_is_not_pdf_jpeg_or_png_by_content_whatever_its_name() {
        assertThat(code(() -> upload.upload(claire, new UploadDocument.Command(DocumentKind.OTHER, "virus.pdf",
                new ByteArrayInputStream("MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))))).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(store.held()).isZero();
    }

    @Test
    void refuses_documents_over_ten_mebibytes_and_keeps_nothing() {
        assertThat(code(() -> upload.upload(claire, new UploadDocument.Command(DocumentKind.OTHER, "big.pdf",
                Contents.of(PDF, StorageQuota.MAX_DOCUMENT_BYTES + 1))))).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(code(() -> upload.upload(claire, new UploadDocument.Command(DocumentKind.OTHER, "just.pdf",
                Contents.of(PDF, StorageQuota.MAX_DOCUMENT_BYTES))))).isEqualTo("ACCEPTED");
        assertThat(store.held()).isEqualTo(1);
    }

    @Test
    void refuses_a_document_that_would_take_the_family_over_two_hundred_mebibytes() {
        documents.add(new Document(DocumentId.random(), martin, DocumentKind.OTHER, "f.pdf", "application/pdf",
                StorageQuota.MAX_FAMILY_BYTES - 5 * 1024 * 1024, clock.instant(), "earlier"));
        long left = StorageQuota.MAX_FAMILY_BYTES - documents.totalSizeOf(martin);

        assertThat(code(() -> upload.upload(claire, new UploadDocument.Command(DocumentKind.OTHER, "a.pdf",
                Contents.of(PDF, left + 1))))).isEqualTo("STORAGE_QUOTA_EXCEEDED");
        assertThat(store.held()).as("what was streamed is removed").isZero();
        assertThat(code(() -> upload.upload(claire, new UploadDocument.Command(DocumentKind.OTHER, "a.pdf",
                Contents.of(PDF, left))))).isEqualTo("ACCEPTED");
        assertThat(code(() -> upload.upload(helene, new UploadDocument.Command(DocumentKind.OTHER, "b.pdf",
                Contents.of(PDF, 100))))).as("another family's quota is its own").isEqualTo("ACCEPTED");
    }

    @Test
    void only_parents_upload_and_a_kind_is_required() {
        assertThat(code(() -> upload.upload(financeAgent, new UploadDocument.Command(DocumentKind.OTHER, "a.pdf",
                new ByteArrayInputStream(PDF))))).isEqualTo("FORBIDDEN");
        assertThat(code(() -> upload.upload(claire, new UploadDocument.Command(null, "a.pdf",
                new ByteArrayInputStream(PDF))))).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void another_family_s_document_is_not_found_staff_read_any() {
        Document document = upload.upload(claire, new UploadDocument.Command(DocumentKind.INSURANCE, "assurance.pdf",
                new ByteArrayInputStream(PDF)));

        assertThatThrownBy(() -> read.open(helene, document.id())).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
        assertThatThrownBy(() -> list.of(helene, martin)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
        assertThat(read.metadata(financeAgent, document.id())).isEqualTo(document);
        assertThat(list.of(financeAgent, martin)).containsExactly(document);
        assertThat(list.own(helene)).isEmpty();
    }
}
