package fr.espacefamille.adapter.jdbc.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/** {@link Schools} in the {@code schools} table. */
public final class JdbiSchools implements Schools {

    private static final String INSERT = """
            INSERT INTO schools (id, name, address) VALUES (:id, :name, :address)
            """;
    private static final String SELECT = "SELECT id, name, address FROM schools ";

    private final JdbiContext db;

    public JdbiSchools(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(School school) {
        db.useHandle(handle -> handle.createUpdate(INSERT)
                .bind("id", school.id())
                .bind("name", school.name())
                .bind("address", school.address())
                .execute());
    }

    @Override
    public Optional<School> byId(SchoolId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map(JdbiSchools::school)
                .findOne());
    }

    @Override
    public List<School> all() {
        return db.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY name, id")
                .map(JdbiSchools::school)
                .list());
    }

    private static School school(ResultSet row, StatementContext ctx) throws SQLException {
        return new School(Columns.get(row, "id", SchoolId.class, ctx), row.getString("name"), row.getString("address"));
    }
}
