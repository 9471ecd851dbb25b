package fr.espacefamille.application.publication;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/**
 * An administrator withdraws a news item: it disappears from the public pages and the API; the
 * audit log keeps its title, and its image's bytes are deleted.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class WithdrawNews {

    private final NewsItems news;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;

    public WithdrawNews(NewsItems news, DocumentStore store, Transactions transactions, Audit audit) {
        this.news = news;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
    }

    public News withdraw(Actor actor, NewsId id) {
        actor.require(Role.ADMIN);
        News item = news.byId(id).orElseThrow(Refusals::notFound);
        transactions.run(() -> {
            news.remove(id);
            audit.record(actor, "NEWS_WITHDRAWN", id, EditNews.json(item), null);
        });
        item.picture().ifPresent(image -> EditNews.delete(store, image));
        return item;
    }
}
