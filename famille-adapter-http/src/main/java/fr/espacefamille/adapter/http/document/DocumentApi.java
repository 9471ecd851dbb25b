package fr.espacefamille.adapter.http.document;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Instant;
import java.util.List;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.FamilyId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * API.md's document rows: {@code POST /documents} (multipart {@code file} and {@code kind}),
 * {@code GET /documents} (the parent's; staff add {@code ?familyId=}), {@code GET /documents/{id}}
 * (the bytes, streamed, for the family and staff), {@code DELETE /documents/{id}} (a parent, their own
 * family's document unless an absence or a request holds it: 409 {@code DOCUMENT_IN_USE}).
 */
public final class DocumentApi implements Feature {

    private final UploadDocument upload;
    private final ListDocuments list;
    private final ReadDocument read;
    private final DeleteDocument delete;

    public DocumentApi(UploadDocument upload, ListDocuments list, ReadDocument read, DeleteDocument delete) {
        this.upload = upload;
        this.list = list;
        this.read = read;
        this.delete = delete;
    }

    record DocumentJson(String id, DocumentKind kind, String filename, String contentType, long sizeBytes, Instant uploadedAt) {
        static DocumentJson of(Document d) {
            return new DocumentJson(d.id().toString(), d.kind(), d.filename(), d.contentType(), d.sizeBytes(), d.uploadedAt());
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/documents", this::upload);
        routes.get(API + "/documents", this::list);
        routes.get(API + "/documents/{id}", this::download);
        routes.delete(API + "/documents/{id}", ctx -> {
            delete.delete(Web.actor(ctx), Web.pathId(ctx, "id", DocumentId::parse));
            ctx.status(204);
        });
    }

    private void upload(Context ctx) {
        Actor actor = Web.actor(ctx);
        Document document = DocumentFiles.upload(ctx, actor, upload, "file", Web.enumValue(DocumentKind.class, Uploads.kind(ctx), "kind"));
        ctx.status(201).json(DocumentJson.of(document));
    }

    private void list(Context ctx) {
        Actor actor = Web.actor(ctx);
        String family = ctx.queryParam("familyId");
        List<Document> documents = family == null || family.isBlank() ? list.own(actor)
                : list.of(actor, FamilyId.parse(family).orElseThrow(Refusals::notFound));
        ctx.json(documents.stream().map(DocumentJson::of).toList());
    }

    private void download(Context ctx) {
        Actor actor = Web.actor(ctx);
        DocumentFiles.send(ctx, read.open(actor, Web.pathId(ctx, "id", DocumentId::parse)));
    }
}
