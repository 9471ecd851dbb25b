package fr.espacefamille.application.publication;

import java.io.InputStream;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/**
 * An administrator publishes a news item, dated (it appears from that day on), with an optional
 * image checked by its content ({@link EditNews#NOT_AN_IMAGE}).
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class PublishNews {

    /** The request that {@link PublishNews} carries out; {@code image} (JPEG or PNG) may be null. */
    public record Command(String title, String body, java.time.LocalDate publishedOn, InputStream image) {

        /** An item without an image. */
        public Command(String title, String body, java.time.LocalDate publishedOn) {
            this(title, body, publishedOn, null);
        }
    }

    private final NewsItems news;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;

    public PublishNews(NewsItems news, DocumentStore store, Transactions transactions, Audit audit) {
        this.news = news;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
    }

    public NewsId publish(Actor actor, Command command) {
        actor.require(Role.ADMIN);
        News item = new News(NewsId.random(), command.title(), command.body(), command.publishedOn());
        if (command.image() == null) {
            return add(actor, item);
        }
        return EditNews.storeImage(store, command.image(), image -> add(actor, item.edited(item.title(), item.body(),
                item.publishedOn(), image)));
    }

    private NewsId add(Actor actor, News item) {
        return transactions.inTransaction(() -> {
            news.add(item);
            audit.record(actor, "NEWS_PUBLISHED", item.id(), null, EditNews.json(item));
            return item.id();
        });
    }
}
