package fr.espacefamille.adapter.jdbc.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.inmemory.InMemoryNewsItems;
import fr.espacefamille.application.publication.NewsItems;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import fr.espacefamille.domain.publication.NewsImage;

/** What every {@link NewsItems} store does. */
class NewsItemsTest extends StoreContract {

    private NewsItems news;

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

    @Test
    void an_item_is_edited_with_its_image_and_withdrawn() {
        News item = new News(NewsId.random(), "Rentrée", "La cantine ouvre le 1er septembre.", LocalDate.of(2026, 9, 1));
        news.add(item);

        News edited = item.edited("Rentrée 2026", "La cantine ouvre mardi 1er septembre.", LocalDate.of(2026, 8, 31),
                new NewsImage("a1b2c3", "image/png", 2048));
        news.update(edited);
        assertThat(news.byId(item.id())).contains(edited);
        News without = edited.edited(edited.title(), edited.body(), edited.publishedOn(), null);
        news.update(without);
        assertThat(news.byId(item.id())).contains(without);

        news.remove(item.id());
        assertThat(news.byId(item.id())).isEmpty();
        assertThat(news.publishedBy(LocalDate.of(2026, 10, 1), 10)).isEmpty();
    }
}
