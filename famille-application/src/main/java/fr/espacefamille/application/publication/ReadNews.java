package fr.espacefamille.application.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/** Anyone reads the news published up to today. */
public final class ReadNews {

    private static final int LIMIT = 100;

    private final NewsItems news;
    private final Clock clock;

    public ReadNews(NewsItems news, Clock clock) {
        this.news = news;
        this.clock = clock;
    }

    public List<News> latest(int limit) {
        return news.publishedBy(LocalDate.now(clock), Math.min(limit, LIMIT));
    }

    /** A published item; one dated in the future is not found yet. */
    public Optional<News> item(NewsId id) {
        return news.byId(id).filter(n -> n.isVisibleOn(LocalDate.now(clock)));
    }
}
