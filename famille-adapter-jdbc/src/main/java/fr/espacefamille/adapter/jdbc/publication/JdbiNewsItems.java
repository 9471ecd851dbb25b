package fr.espacefamille.adapter.jdbc.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.publication.NewsItems;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import fr.espacefamille.domain.publication.NewsImage;

/** {@link NewsItems} in the {@code news} table (the image's bytes live in the document store). */
public final class JdbiNewsItems implements NewsItems {

    private static final String SELECT = """
            SELECT id, title, body, published_on, image_storage_name, image_content_type, image_size_bytes FROM news
            """;

    private final JdbiContext db;

    public JdbiNewsItems(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(News news) {
        db.useHandle(handle -> bind(handle.createUpdate("""
                        INSERT INTO news (id, title, body, published_on, image_storage_name, image_content_type, image_size_bytes)
                        VALUES (:id, :title, :body, :publishedOn, :imageName, :imageType, :imageSize)
                        """), news).execute());
    }

    @Override
    public void update(News news) {
        db.useHandle(handle -> bind(handle.createUpdate("""
                        UPDATE news SET title = :title, body = :body, published_on = :publishedOn, image_storage_name = :imageName,
                                        image_content_type = :imageType, image_size_bytes = :imageSize
                        WHERE id = :id
                        """), news).execute());
    }

    @Override
    public void remove(NewsId id) {
        db.useHandle(handle -> handle.createUpdate("DELETE FROM news WHERE id = :id").bind("id", id).execute());
    }

    private static Update bind(Update update, News news) {
        NewsImage image = news.image();
        return update.bindMethods(news)
                .bind("imageName", image == null ? null : image.storageName())
                .bind("imageType", image == null ? null : image.contentType())
                .bindByType("imageSize", image == null ? null : image.sizeBytes(), Long.class);
    }

    @Override
    public Optional<News> byId(NewsId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map(JdbiNewsItems::news)
                .findOne());
    }

    @Override
    public List<News> publishedBy(LocalDate day, int limit) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE published_on <= :day ORDER BY published_on DESC, id LIMIT :limit")
                .bind("day", day)
                .bind("limit", limit)
                .map(JdbiNewsItems::news)
                .list());
    }

    private static News news(ResultSet row, StatementContext ctx) throws SQLException {
        String image = row.getString("image_storage_name");
        return new News(Columns.get(row, "id", NewsId.class, ctx), row.getString("title"), row.getString("body"),
                Columns.date(row, "published_on"),
                image == null ? null : new NewsImage(image, row.getString("image_content_type"), row.getLong("image_size_bytes")));
    }
}
