package fr.espacefamille.application.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/** Out-port: the news items. */
public interface NewsItems {

    void add(News news);

    Optional<News> byId(NewsId id);

    /** Items published on {@code day} or before, newest first, at most {@code limit}. */
    List<News> publishedBy(LocalDate day, int limit);
}
