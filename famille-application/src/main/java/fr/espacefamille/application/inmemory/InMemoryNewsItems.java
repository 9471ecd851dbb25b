package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.publication.NewsItems;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/** In-memory {@link NewsItems}. */
public final class InMemoryNewsItems implements NewsItems {

    private final Map<NewsId, News> news;

    public InMemoryNewsItems(InMemoryTransactions transactions) {
        this.news = new InMemoryMap<NewsId, News>(transactions).map();
    }

    @Override
    public void add(News item) {
        news.put(item.id(), item);
    }

    @Override
    public void update(News item) {
        news.replace(item.id(), item);
    }

    @Override
    public void remove(NewsId id) {
        news.remove(id);
    }

    @Override
    public Optional<News> byId(NewsId id) {
        return Optional.ofNullable(news.get(id));
    }

    @Override
    public List<News> publishedBy(LocalDate day, int limit) {
        return news.values().stream().filter(n -> n.isVisibleOn(day))
                .sorted(Comparator.comparing(News::publishedOn).reversed().thenComparing(n -> n.id().toString()))
                .limit(limit).toList();
    }
}
