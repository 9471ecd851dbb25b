package fr.espacefamille.adapter.jdbc.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.inmemory.InMemoryNewsItems;
import fr.espacefamille.application.publication.NewsItems;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/** What every {@link NewsItems} store does. */
abstract class NewsItemsContract extends StoreContract {

    private NewsItems news;

    NewsItemsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void store() {
        news = backend.store(InMemoryNewsItems::new, JdbiNewsItems::new);
    }

    @Test
    void lists_items_published_by_a_day_newest_first() {
        News september = new News(NewsId.random(), "Rentrée", "La cantine ouvre le 1er septembre.", LocalDate.of(2026, 9, 1));
        News october = new News(NewsId.random(), "Menus bio", "Un repas bio chaque semaine.", LocalDate.of(2026, 10, 1));
        News future = new News(NewsId.random(), "Noël", "Repas de Noël le 17 décembre.", LocalDate.of(2026, 12, 1));
        news.add(september);
        news.add(october);
        news.add(future);

        assertThat(news.publishedBy(LocalDate.of(2026, 10, 15), 10)).containsExactly(october, september);
        assertThat(news.publishedBy(LocalDate.of(2026, 10, 15), 1)).containsExactly(october);
        assertThat(news.byId(future.id())).contains(future);
        assertThat(news.byId(NewsId.random())).isEmpty();
    }
}
