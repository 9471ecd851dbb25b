package fr.espacefamille.application.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.document.CheckedContent;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.document.DocumentFormat;
import fr.espacefamille.domain.document.Filenames;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.publication.RulesService;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Text;

/**
 * Staff publish a service's rules document: a PDF recognised by its first bytes, at most 10 MiB,
 * streamed to the document store like families' documents; the agents of a service publish its
 * rules, administrators any. What was stored is removed again when the publication is refused.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code UNSUPPORTED_MEDIA_TYPE}.
 */
public final class PublishRulesDocument {

    public static final Refusal NOT_A_PDF = new Refusal("UNSUPPORTED_MEDIA_TYPE", Refusal.Kind.UNSUPPORTED_MEDIA,
            "Format non accepté : un règlement doit être un fichier PDF.");

    /** The request that {@link PublishRulesDocument} carries out. */
    public record Command(String title, RulesService service, String filename, InputStream content) {
    }

    private final RulesDocuments rules;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public PublishRulesDocument(RulesDocuments rules, DocumentStore store, Transactions transactions, Audit audit, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public RulesDocument publish(Actor actor, Command command) {
        if (!actor.isStaff()) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        if (command.service() == null) {
            throw Refusals.invalid("service", "champ obligatoire (CANTEEN, NURSERY ou GENERAL)");
        }
        actor.require(command.service().keeper());
        String title = title(command.title());
        try {
            CheckedContent content = CheckedContent.of(command.content(), NOT_A_PDF);
            if (content.format() != DocumentFormat.PDF) {
                throw Refusals.refuse(NOT_A_PDF);
            }
            return content.storeThen(store, stored -> {
                RulesDocument document = new RulesDocument(RulesDocumentId.random(), title, command.service(),
                        pdfName(command.filename()), stored.sizeBytes(), clock.instant(), stored.storageName());
                transactions.run(() -> {
                    rules.add(document);
                    audit.record(actor, "RULES_PUBLISHED", document.id(), null, json(document));
                });
                return document;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checked before any byte is stored, so that the refusal names the field. */
    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw Refusals.invalid("title", "champ obligatoire");
        }
        try {
            return Text.required(title, "Le titre", RulesDocument.MAX_TITLE);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("title", e.getMessage());
        }
    }

    /** The name people download it under: theirs, made safe, always ending in .pdf. */
    private static String pdfName(String filename) {
        String name = Filenames.sanitise(filename);
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    static String json(RulesDocument document) {
        return AuditJson.of("title", document.title(), "service", document.service(), "sizeBytes", document.sizeBytes());
    }
}
