package fr.espacefamille.adapter.http.family;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/**
 * The certificate sent inline with an absence form (field {@code certificat}): put into the
 * family's documents before the report, and removed again when the report is refused, so that a
 * refused form keeps nothing (SPEC §2). The canteen's and the nursery's absence pages share it, and
 * the address change its proof of address (another field).
 */
public final class AbsenceCertificate {

    public static final String FIELD = "certificat";

    private final UploadDocument upload;
    private final DeleteDocument delete;

    public AbsenceCertificate(UploadDocument upload, DeleteDocument delete) {
        this.upload = upload;
        this.delete = delete;
    }

    /** The uploaded certificate, or null when the form came without a file. */
    public DocumentId upload(Context ctx, Actor actor, DocumentKind kind) {
        return upload(ctx, actor, kind, FIELD);
    }

    /** The file sent in {@code field}, put into the family's documents, or null when the form came without one. */
    public DocumentId upload(Context ctx, Actor actor, DocumentKind kind, String field) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(field) : null;
        if (file == null || file.size() == 0) {
            return null;
        }
        try (InputStream content = file.content()) {
            return upload.upload(actor, new UploadDocument.Command(kind, file.filename(), content)).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the report; when it is refused, the certificate uploaded for it goes too. */
    public <T> T report(Actor actor, DocumentId certificate, Supplier<T> report) {
        try {
            return report.get();
        } catch (RefusedException e) {
            // a compensating action, not a page's error handling: the refusal goes on to the page form
            if (certificate != null) {
                delete.discard(actor, certificate);
            }
            throw e;
        }
    }
}
