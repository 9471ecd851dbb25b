package fr.espacefamille.adapter.http.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.espacefamille.adapter.http.document.Uploads;
import fr.espacefamille.adapter.http.shared.Downloads;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.publication.ReadRulesDocuments;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesService;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/** A rules document in and out of a request, the same for the API and the pages. */
final class RulesFiles {

    private RulesFiles() {
    }

    /** Streams the multipart request's {@code file} field, with its {@code title} and {@code service}, to the rules. */
    static RulesDocument publish(Context ctx, Actor actor, PublishRulesDocument publish) {
        UploadedFile file = Uploads.file(ctx, "file");
        RulesService service = Web.enumValue(RulesService.class, ctx.formParam("service"), "service");
        if (file == null) {
            throw Refusals.invalid("file", "fichier manquant");
        }
        try (InputStream content = file.content()) {
            return publish.publish(actor, new PublishRulesDocument.Command(ctx.formParam("title"), service, file.filename(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rules document is public and never changes under its id (a new version is a new document): cacheable. */
    static void send(Context ctx, ReadRulesDocuments.Opened opened) {
        RulesDocument document = opened.document();
        Downloads.publicInline(ctx, document.filename(), "application/pdf", document.id().toString(), document.publishedAt(),
                opened.content());
    }
}
