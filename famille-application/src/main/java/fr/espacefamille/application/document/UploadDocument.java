package fr.espacefamille.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.document.Filenames;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A parent puts a document into their family's secure storage: PDF, JPEG or PNG recognised by its
 * first bytes, at most 10 MiB, 200 MiB per family. The content is streamed to the store
 * ({@link CheckedContent}); what was stored is removed again when the upload is refused.
 */
public final class UploadDocument {

    public static final Refusal UNSUPPORTED_MEDIA_TYPE = new Refusal("UNSUPPORTED_MEDIA_TYPE", Refusal.Kind.UNSUPPORTED_MEDIA,
            "Format non accepté : envoyez un fichier PDF, JPEG ou PNG.");
    public static final Refusal STORAGE_QUOTA_EXCEEDED = Refusal.rule("STORAGE_QUOTA_EXCEEDED",
            "L'espace de stockage de votre foyer est plein (200\u00a0Mo) : ce document ne peut pas être ajouté.");

    public record Command(DocumentKind kind, String filename, InputStream content) {
    }

    private final Documents documents;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public UploadDocument(Documents documents, DocumentStore store, Transactions transactions, Audit audit, Clock clock) {
        this.documents = documents;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Document upload(Actor actor, Command command) {
        FamilyId family = actor.isStaff() ? null : actor.family().orElse(null);
        // an applicant account (no family yet) owns its documents itself, with the same quota
        AccountId applicant = actor.role() == Role.APPLICANT ? actor.accountId() : null;
        if (family == null && applicant == null) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        if (command.kind() == null) {
            throw Refusals.invalid("kind", "champ obligatoire (MEDICAL_CERTIFICATE, PROOF_OF_ADDRESS, INSURANCE, "
                    + "FAMILY_RECORD, BIRTH_CERTIFICATE, PARENTAL_AUTHORITY ou OTHER)");
        }
        long used = family != null ? documents.totalSizeOf(family)
                : documents.ofApplicant(applicant).stream().mapToLong(Document::sizeBytes).sum();
        try {
            CheckedContent content = CheckedContent.of(command.content(), UNSUPPORTED_MEDIA_TYPE);
            if (!StorageQuota.allows(used, 1)) {
                throw Refusals.refuse(STORAGE_QUOTA_EXCEEDED);
            }
            return content.storeThen(store, stored -> {
                long size = stored.sizeBytes();
                if (!StorageQuota.allows(used, size)) {
                    throw Refusals.refuse(STORAGE_QUOTA_EXCEEDED);
                }
                Document document = new Document(DocumentId.random(), family, command.kind(),
                        Filenames.sanitise(command.filename()), content.format().contentType(), size, clock.instant(),
                        stored.storageName(), family == null ? applicant.value() : null);
                transactions.run(() -> {
                    documents.add(document);
                    audit.record(actor, "DOCUMENT_UPLOADED", document.id(), null, "{\"kind\":\"" + document.kind()
                            + "\",\"filename\":\"" + document.filename() + "\",\"sizeBytes\":" + size + "}");
                });
                return document;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
