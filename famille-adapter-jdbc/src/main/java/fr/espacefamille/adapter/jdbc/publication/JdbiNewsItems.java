package fr.espacefamille.adapter.jdbc.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.publication.NewsItems;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;

/** {@link NewsItems} in the {@code news} table. */
public final class JdbiNewsItems implements NewsItems {

    private static final String SELECT = "SELECT id, title, body, published_on FROM news ";

    private final JdbiContext db;

    public JdbiNewsItems(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(News news) {
        db.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO news (id, title, body, published_on) VALUES (:id, :title, :body, :publishedOn)")
                .bind("id", news.id())
                .bind("title", news.title())
                .bind("body", news.body())
                .bind("publishedOn", news.publishedOn())
                .execute());
    }

    @Override
    public Optional<News> byId(NewsId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map((row, context) -> news(row))
                .findOne());
    }

    @Override
    public List<News> publishedBy(LocalDate day, int limit) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE published_on <= :day ORDER BY published_on DESC, id LIMIT :limit")
                .bind("day", day)
                .bind("limit", limit)
                .map((row, context) -> news(row))
                .list());
    }

    private static News news(ResultSet row) throws SQLException {
        return new News(new NewsId(Columns.uuid(row, "id")), row.getString("title"), row.getString("body"),
                Columns.date(row, "published_on"));
    }
}
