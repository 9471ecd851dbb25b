package fr.espacefamille.application.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import fr.espacefamille.domain.publication.NewsImage;

/** Anyone reads the news published up to today. */
public final class ReadNews {

    private static final int LIMIT = 100;

    private final NewsItems news;
    private final DocumentStore store;
    private final Clock clock;

    public ReadNews(NewsItems news, DocumentStore store, Clock clock) {
        this.news = news;
        this.store = store;
        this.clock = clock;
    }

    public List<News> latest(int limit) {
        return news.publishedBy(LocalDate.now(clock), Math.min(limit, LIMIT));
    }

    /** Every item, future ones included, newest first: what administrators manage. */
    public List<News> all(Actor actor) {
        actor.require(Role.ADMIN);
        return news.publishedBy(LocalDate.of(9999, 12, 31), LIMIT);
    }

    /** An item as administrators edit it, future ones included. */
    public News forEditing(Actor actor, NewsId id) {
        actor.require(Role.ADMIN);
        return news.byId(id).orElseThrow(Refusals::notFound);
    }

    /** The image of a published item. */
    public Optional<Image> image(NewsId id) {
        return item(id).flatMap(News::picture).map(picture -> {
            try {
                return new Image(picture, store.open(picture.storageName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An image's description and bytes (the caller closes them). */
    public record Image(NewsImage image, InputStream content) {
    }

    /** A published item; one dated in the future is not found yet. */
    public Optional<News> item(NewsId id) {
        return news.byId(id).filter(n -> n.isVisibleOn(LocalDate.now(clock)));
    }
}
