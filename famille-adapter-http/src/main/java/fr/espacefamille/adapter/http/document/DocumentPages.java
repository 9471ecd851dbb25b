package fr.espacefamille.adapter.http.document;

import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.shared.FrenchText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mes documents »: the family's documents with the storage used (« 12,4 Mo sur 200 Mo »), the
 * upload form (multipart, with the CSRF field) and « Supprimer » on each document no record holds.
 */
public final class DocumentPages implements Feature {

    private final UploadDocument upload;
    private final ListDocuments list;
    private final ReadDocument read;
    private final DeleteDocument delete;

    public DocumentPages(UploadDocument upload, ListDocuments list, ReadDocument read, DeleteDocument delete) {
        this.upload = upload;
        this.list = list;
        this.read = read;
        this.delete = delete;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/espace/documents", ctx -> show(ctx, Pages.context(ctx, "Mes documents"), ""));
        routes.post("/espace/documents", this::upload);
        routes.get("/espace/documents/{id}", ctx -> DocumentFiles.send(ctx,
                read.open(Pages.actor(ctx), Web.pathId(ctx, "id", DocumentId::parse))));
        routes.post("/espace/documents/{id}/supprimer", this::delete);
    }

    private void delete(Context ctx) {
        Actor actor = Pages.actor(ctx);
        DocumentId id = Web.pathId(ctx, "id", DocumentId::parse);
        PageForm form = PageForm.of(ctx).code(DeleteDocument.DOCUMENT_IN_USE.code(), "documents");
        form.submit(() -> delete.delete(actor, id))
                .redirect("/espace/documents", "Document supprimé.")
                .orShow(errors -> show(ctx, Pages.context(ctx, "Mes documents").withErrors(errors), ""));
    }

    private void show(Context ctx, PageContext page, String kind) {
        Actor actor = Pages.actor(ctx);
        List<Document> documents = list.own(actor);
        long used = documents.stream().mapToLong(Document::sizeBytes).sum();
        Pages.render(ctx, "document/list.jte", page, Map.of("documents", documents, "kinds", DocumentKind.values(), "kind", kind,
                "kept", delete.kept(documents), "quota", FrenchText.size(used) + " sur " + FrenchText.size(StorageQuota.MAX_FAMILY_BYTES)));
    }

    private void upload(Context ctx) {
        Actor actor = Pages.actor(ctx);
        String kind = ctx.formParam("kind") == null ? "" : ctx.formParam("kind");
        PageForm form = PageForm.of(ctx).fallback("file");
        PageForm.Field<DocumentKind> documentKind = form.required("kind", DocumentKind.class, "Choisissez le type de document.");
        form.submit(() -> DocumentFiles.upload(ctx, actor, upload, "file", documentKind.get()))
                .then(document -> Pages.redirect(ctx, "/espace/documents", FrenchText.typeset("Document « " + document.filename() + " » ajouté.")))
                .orShow(errors -> show(ctx, Pages.context(ctx, "Mes documents").withErrors(errors), kind));
    }

    /** French name of a document kind. */
    public static String kindLabel(DocumentKind kind) {
        return switch (kind) {
            case MEDICAL_CERTIFICATE -> "Certificat médical";
            case PROOF_OF_ADDRESS -> "Justificatif de domicile";
            case INSURANCE -> "Attestation d'assurance";
            case FAMILY_RECORD -> "Livret de famille";
            case BIRTH_CERTIFICATE -> "Acte de naissance";
            case PARENTAL_AUTHORITY -> "Décision sur l'autorité parentale";
            case OTHER -> "Autre document";
        };
    }

}
