package fr.espacefamille.application.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/** Out-port: the news items. */
public interface NewsItems {

    void add(News news);

    /** Saves an edited item (title, text, date, image). */
    void update(News news);

    /** Withdraws an item: it is no longer shown anywhere (the audit log keeps what it said). */
    void remove(NewsId id);

    Optional<News> byId(NewsId id);

    /** Items published on {@code day} or before, newest first, at most {@code limit}. */
    List<News> publishedBy(LocalDate day, int limit);
}
