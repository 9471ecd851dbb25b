package fr.espacefamille.application.publication;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/**
 * An administrator publishes a news item, dated (it appears from that day on).
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class PublishNews {

    /** The request that {@link PublishNews} carries out. */
    public record Command(String title, String body, java.time.LocalDate publishedOn) {
    }

    private final NewsItems news;
    private final Transactions transactions;
    private final Audit audit;

    public PublishNews(NewsItems news, Transactions transactions, Audit audit) {
        this.news = news;
        this.transactions = transactions;
        this.audit = audit;
    }

    public NewsId publish(Actor actor, Command command) {
        actor.require(Role.ADMIN);
        News item = new News(NewsId.random(), command.title(), command.body(), command.publishedOn());
        return transactions.inTransaction(() -> {
            news.add(item);
            audit.record(actor, "NEWS_PUBLISHED", item.id(), null, AuditJson.of("title", item.title()));
            return item.id();
        });
    }
}
