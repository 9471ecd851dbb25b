package fr.espacefamille.adapter.jdbc.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;

/** {@link Enrolments} in the {@code enrolments} table. */
public final class JdbiEnrolments implements Enrolments {

    private static final String INSERT = """
            INSERT INTO enrolments (id, child_id, service, from_date, to_date, school_year)
            VALUES (:id, :child, :service, :from, :to, :schoolYear)
            """;
    private static final String UPDATE = """
            UPDATE enrolments SET from_date = :from, to_date = :to WHERE id = :id
            """;
    private static final String SELECT = "SELECT id, child_id, service, from_date, to_date, school_year FROM enrolments ";

    private final JdbiContext db;

    public JdbiEnrolments(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Enrolment e) {
        db.useHandle(handle -> handle.createUpdate(INSERT).bindMethods(e)
                .execute());
    }

    @Override
    public void update(Enrolment e) {
        db.useHandle(handle -> handle.createUpdate(UPDATE)
                .bind("id", e.id())
                .bind("from", e.from())
                .bind("to", e.to())
                .execute());
    }

    @Override
    public Optional<Enrolment> byId(EnrolmentId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map(JdbiEnrolments::enrolment)
                .findOne());
    }

    @Override
    public List<Enrolment> ofChild(ChildId child) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE child_id = :child ORDER BY from_date, id")
                .bind("child", child)
                .map(JdbiEnrolments::enrolment)
                .list());
    }

    @Override
    public List<Enrolment> ofChildren(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        // one array parameter: the same statement whatever the number of children (the 8:00 rush reads hundreds), parsed once
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE child_id = ANY(:children) ORDER BY from_date, id")
                .bindArray("children", UUID.class, children.stream().map(ChildId::value).distinct().toList())
                .map(JdbiEnrolments::enrolment)
                .list());
    }

    private static Enrolment enrolment(ResultSet row, StatementContext ctx) throws SQLException {
        return new Enrolment(Columns.get(row, "id", EnrolmentId.class, ctx), Columns.get(row, "child_id", ChildId.class, ctx),
                Columns.get(row, "service", ChildService.class, ctx), Columns.date(row, "from_date"), Columns.date(row, "to_date"),
                row.getString("school_year"));
    }
}
