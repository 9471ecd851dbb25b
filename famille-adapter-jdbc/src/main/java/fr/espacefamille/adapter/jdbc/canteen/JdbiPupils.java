package fr.espacefamille.adapter.jdbc.canteen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.canteen.Pupils;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/** {@link Pupils} read from {@code children} with their canteen {@code enrolments}, in one query. */
public final class JdbiPupils implements Pupils {

    private static final String SELECT = """
            SELECT c.id, c.family_id, c.first_name, c.last_name, c.school_id, c.grade, e.school_year
            FROM children c LEFT JOIN enrolments e ON e.child_id = c.id AND e.service = 'CANTEEN'
            """;

    private final JdbiContext db;

    public JdbiPupils(JdbiContext db) {
        this.db = db;
    }

    @Override
    public Optional<Pupil> byId(ChildId id) {
        return db.withHandle(handle -> pupils(handle.createQuery(SELECT + "WHERE c.id = :id").bind("id", id)))
                .stream().findFirst();
    }

    @Override
    public List<Pupil> ofSchool(SchoolId school) {
        return db.withHandle(handle -> pupils(handle.createQuery(SELECT + "WHERE c.school_id = :school ORDER BY c.last_name, c.first_name, c.id")
                .bind("school", school)));
    }

    /** A child with one of its canteen enrolments' school years (null when it has none). */
    record Row(Pupil pupil, String schoolYear) {
    }

    private static List<Pupil> pupils(Query query) {
        return pupils(query.map(JdbiPupils::row).list());
    }

    /** The pupils of rows read from {@link #SELECT}'s columns, one per child, with all its school years. */
    static List<Pupil> pupils(List<Row> rows) {
        Map<ChildId, Pupil> children = new LinkedHashMap<>();
        Map<ChildId, Set<SchoolYearLabel>> years = new LinkedHashMap<>();
        rows.forEach(r -> {
            children.putIfAbsent(r.pupil().id(), r.pupil());
            Set<SchoolYearLabel> labels = years.computeIfAbsent(r.pupil().id(), k -> new HashSet<>());
            if (r.schoolYear() != null) {
                SchoolYearLabel.parse(r.schoolYear()).ifPresent(labels::add);
            }
        });
        List<Pupil> result = new ArrayList<>();
        children.forEach((id, p) -> result.add(new Pupil(p.id(), p.family(), p.firstName(), p.lastName(), p.school(), p.grade(),
                years.get(id))));
        return result;
    }

    static Row row(ResultSet row, StatementContext ctx) throws SQLException {
        return new Row(new Pupil(Columns.get(row, "id", ChildId.class, ctx), Columns.get(row, "family_id", FamilyId.class, ctx),
                row.getString("first_name"), row.getString("last_name"), Columns.get(row, "school_id", SchoolId.class, ctx),
                Columns.get(row, "grade", Grade.class, ctx), Set.of()), row.getString("school_year"));
    }
}
