package fr.espacefamille.application.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.document.CheckedContent;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.DocumentFormat;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import fr.espacefamille.domain.publication.NewsImage;
import fr.espacefamille.domain.shared.Refusal;

/**
 * An administrator corrects a published news item: title, text, date, and its image (a new JPEG or
 * PNG checked by its content like families' documents, kept, or removed). The bytes of a replaced
 * or removed image are deleted once the item is saved.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}, {@code UNSUPPORTED_MEDIA_TYPE},
 * {@code PAYLOAD_TOO_LARGE}.
 */
public final class EditNews {

    public static final Refusal NOT_AN_IMAGE = new Refusal("UNSUPPORTED_MEDIA_TYPE", Refusal.Kind.UNSUPPORTED_MEDIA,
            "Format non accepté : l'image d'une actualité est un fichier JPEG ou PNG.");

    /** The item's new content; {@code image} null keeps the current one unless {@code removeImage}. */
    public record Command(String title, String body, LocalDate publishedOn, InputStream image, boolean removeImage) {
    }

    private final NewsItems news;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;

    public EditNews(NewsItems news, DocumentStore store, Transactions transactions, Audit audit) {
        this.news = news;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
    }

    public News edit(Actor actor, NewsId id, Command command) {
        actor.require(Role.ADMIN);
        News current = news.byId(id).orElseThrow(Refusals::notFound);
        News checked = current.edited(command.title(), command.body(), command.publishedOn(), null);
        News edited;
        if (command.image() != null) {
            edited = storeImage(store, command.image(), image -> save(actor, current, checked.edited(checked.title(), checked.body(),
                    checked.publishedOn(), image)));
        } else {
            edited = save(actor, current, checked.edited(checked.title(), checked.body(), checked.publishedOn(),
                    command.removeImage() ? null : current.image()));
        }
        if (current.image() != null && !current.image().equals(edited.image())) {
            delete(store, current.image());
        }
        return edited;
    }

    private News save(Actor actor, News before, News after) {
        transactions.run(() -> {
            news.update(after);
            audit.record(actor, "NEWS_EDITED", after.id(), json(before), json(after));
        });
        return after;
    }

    /** Stores a checked JPEG or PNG and lets {@code keep} record it; on a refusal nothing stays stored. */
    static <T> T storeImage(DocumentStore store, InputStream content, java.util.function.Function<NewsImage, T> keep) {
        try {
            CheckedContent checked = CheckedContent.of(content, NOT_AN_IMAGE);
            if (checked.format() == DocumentFormat.PDF) {
                throw Refusals.refuse(NOT_AN_IMAGE);
            }
            return checked.storeThen(store, stored -> keep.apply(new NewsImage(stored.storageName(), checked.format().contentType(),
                    stored.sizeBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(DocumentStore store, NewsImage image) {
        try {
            store.delete(image.storageName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(News item) {
        return AuditJson.of("title", item.title(), "publishedOn", item.publishedOn(), "image", item.image() != null);
    }
}
