package fr.espacefamille.adapter.http.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.espacefamille.adapter.http.shared.Downloads;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentKind;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/** A family's document in and out of a request, the same for the API and the pages. */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** Streams the request's file field into the family's storage. */
    public static Document upload(Context ctx, Actor actor, UploadDocument upload, String field, DocumentKind kind) {
        UploadedFile file = Uploads.file(ctx, field);
        if (file == null) {
            throw Refusals.invalid(field, "fichier manquant");
        }
        try (InputStream content = file.content()) {
            return upload.upload(actor, new UploadDocument.Command(kind, file.filename(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams a document with its checked content type. */
    public static void send(Context ctx, ReadDocument.Opened opened) {
        Document document = opened.document();
        Downloads.inline(ctx, document.filename(), document.contentType(), opened.content());
    }
}
