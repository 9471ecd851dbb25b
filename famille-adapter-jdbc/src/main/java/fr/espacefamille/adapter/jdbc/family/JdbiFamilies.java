package fr.espacefamille.adapter.jdbc.family;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Text;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.SchoolId;

/**
 * {@link Families} in {@code families}, {@code guardians}, {@code children} and
 * {@code family_quotients}. A family is always read whole, in four queries whatever the number
 * of families; guardians and children are updated in place so that rows referring to them stay valid.
 */
public final class JdbiFamilies implements Families {

    private static final String FAMILY_COLUMNS = """
            name = :name, address_line1 = :line1, address_line2 = :line2, postcode = :postcode, city = :city,
            resident = :resident, paperless = :paperless, annual_resources_cents = :resourcesCents,
            dependent_children = :dependentChildren, disabled_child = :disabledChild, search_text = :searchText
            """;
    private static final String INSERT_FAMILY = """
            INSERT INTO families (id, name, address_line1, address_line2, postcode, city, resident, paperless,
                                  annual_resources_cents, dependent_children, disabled_child, search_text)
            VALUES (:id, :name, :line1, :line2, :postcode, :city, :resident, :paperless,
                    :resourcesCents, :dependentChildren, :disabledChild, :searchText)
            """;
    private static final String UPDATE_FAMILY = "UPDATE families SET " + FAMILY_COLUMNS + " WHERE id = :id";

    private static final String UPDATE_GUARDIAN = """
            UPDATE guardians SET ordinal = :ordinal, first_name = :firstName, last_name = :lastName,
                                 email = :email, phone = :phone
            WHERE id = :id AND family_id = :familyId
            """;
    private static final String INSERT_GUARDIAN = """
            INSERT INTO guardians (id, family_id, ordinal, first_name, last_name, email, phone)
            VALUES (:id, :familyId, :ordinal, :firstName, :lastName, :email, :phone)
            ON CONFLICT DO NOTHING
            """;
    private static final String UPDATE_CHILD = """
            UPDATE children SET ordinal = :ordinal, first_name = :firstName, last_name = :lastName,
                                birth_date = :birthDate, school_id = :schoolId, grade = :grade
            WHERE id = :id AND family_id = :familyId
            """;
    private static final String INSERT_CHILD = """
            INSERT INTO children (id, family_id, ordinal, first_name, last_name, birth_date, school_id, grade)
            VALUES (:id, :familyId, :ordinal, :firstName, :lastName, :birthDate, :schoolId, :grade)
            ON CONFLICT DO NOTHING
            """;
    private static final String DELETE_QUOTIENTS = "DELETE FROM family_quotients WHERE family_id = :familyId";
    private static final String INSERT_QUOTIENT = """
            INSERT INTO family_quotients (family_id, valid_from, quotient) VALUES (:familyId, :validFrom, :quotient)
            """;

    private static final String SELECT_FAMILIES = """
            SELECT id, name, address_line1, address_line2, postcode, city, resident, paperless,
                   annual_resources_cents, dependent_children, disabled_child
            FROM families WHERE id IN (<ids>)
            """;
    private static final String SELECT_GUARDIANS = """
            SELECT family_id, id, first_name, last_name, email, phone
            FROM guardians WHERE family_id IN (<ids>) ORDER BY family_id, ordinal
            """;
    private static final String SELECT_CHILDREN = """
            SELECT family_id, id, first_name, last_name, birth_date, school_id, grade
            FROM children WHERE family_id IN (<ids>) ORDER BY family_id, ordinal
            """;
    private static final String SELECT_QUOTIENTS = """
            SELECT family_id, valid_from, quotient
            FROM family_quotients WHERE family_id IN (<ids>) ORDER BY family_id, valid_from
            """;
    /** One array parameter: the same statement whatever the number of children, parsed and planned once. */
    private static final String FACTS_OF_CHILDREN = """
            SELECT c.id, c.family_id, c.birth_date, f.disabled_child
            FROM children c JOIN families f ON f.id = c.family_id WHERE c.id = ANY(:children)
            """;
    private static final String FAMILY_OF_CHILD = "SELECT family_id FROM children WHERE id = :id";
    private static final String FAMILY_OF_GUARDIAN = "SELECT family_id FROM guardians WHERE id = :id";
    /** {@code <words>}: one {@code search_text LIKE :wordN ESCAPE '!'} per word of the query, or TRUE. */
    private static final String SEARCH = """
            SELECT id FROM families WHERE <words> ORDER BY name, id LIMIT :limit
            """;

    private static final String FIRST_PAGE = "SELECT id FROM families ORDER BY id LIMIT :limit";
    private static final String NEXT_PAGE = "SELECT id FROM families WHERE id > :after ORDER BY id LIMIT :limit";

    private final JdbiContext db;

    public JdbiFamilies(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Family family) {
        db.useHandle(handle -> {
            bindFamily(handle.createUpdate(INSERT_FAMILY), family).execute();
            saveMembers(handle, family);
        });
    }

    @Override
    public void update(Family family) {
        db.useHandle(handle -> {
            if (bindFamily(handle.createUpdate(UPDATE_FAMILY), family).execute() == 0) {
                throw new IllegalStateException("Unknown family: " + family.id());
            }
            saveMembers(handle, family);
        });
    }

    @Override
    public Optional<Family> byId(FamilyId id) {
        return db.withHandle(handle -> load(handle, List.of(id.value())).stream().findFirst());
    }

    @Override
    public Optional<Family> byChild(ChildId id) {
        return byMember(FAMILY_OF_CHILD, id.value());
    }

    @Override
    public Map<ChildId, ChildFacts> factsOf(Collection<ChildId> children) {
        Map<ChildId, ChildFacts> found = new HashMap<>();
        if (!children.isEmpty()) {
            db.useHandle(handle -> handle.createQuery(FACTS_OF_CHILDREN)
                    .bindArray("children", UUID.class, children.stream().map(ChildId::value).distinct().toList())
                    .map((row, ctx) -> Map.entry(Columns.get(row, "id", ChildId.class, ctx), new ChildFacts(
                            Columns.get(row, "family_id", FamilyId.class, ctx), Columns.date(row, "birth_date"), row.getBoolean("disabled_child"))))
                    .forEach(e -> found.put(e.getKey(), e.getValue())));
        }
        return found;
    }

    @Override
    public Optional<Family> byGuardian(GuardianId id) {
        return byMember(FAMILY_OF_GUARDIAN, id.value());
    }

    @Override
    public List<Family> search(String query, int limit) {
        List<String> words = Arrays.stream(Text.folded(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            conditions.add("search_text LIKE :word" + i + " ESCAPE '!'");
        }
        return db.withHandle(handle -> {
            Query select = handle.createQuery(SEARCH)
                    .define("words", conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions))
                    .bind("limit", limit);
            for (int i = 0; i < words.size(); i++) {
                select.bind("word" + i, "%" + escapeLike(words.get(i)) + "%");
            }
            return load(handle, select.mapTo(UUID.class).list());
        });
    }

    @Override
    public List<Family> after(FamilyId after, int limit) {
        return db.withHandle(handle -> {
            Query page = handle.createQuery(after == null ? FIRST_PAGE : NEXT_PAGE).bind("limit", limit);
            if (after != null) {
                page.bind("after", after);
            }
            return load(handle, page.mapTo(UUID.class).list());
        });
    }

    private Optional<Family> byMember(String familyOfMember, UUID member) {
        return db.withHandle(handle -> handle.createQuery(familyOfMember).bind("id", member).mapTo(UUID.class)
                .findOne()
                .flatMap(family -> load(handle, List.of(family)).stream().findFirst()));
    }

    /** The families with these ids, in the order given. */
    private static List<Family> load(Handle handle, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<FamilyId, List<Guardian>> guardians = byFamily(handle, SELECT_GUARDIANS, ids, FamilyRows::guardian);
        Map<FamilyId, List<Child>> children = byFamily(handle, SELECT_CHILDREN, ids, FamilyRows::child);
        Map<FamilyId, List<FamilyQuotient>> quotients = byFamily(handle, SELECT_QUOTIENTS, ids,
                (row, ctx) -> FamilyRows.quotient(row));
        Map<UUID, Family> found = new LinkedHashMap<>();
        handle.createQuery(SELECT_FAMILIES).bindList("ids", ids)
                .map((row, ctx) -> FamilyRows.family(row, guardians, children, quotients, ctx))
                .forEach(family -> found.put(family.id().value(), family));
        return ids.stream().map(found::get).filter(family -> family != null).toList();
    }

    private static <T> Map<FamilyId, List<T>> byFamily(Handle handle, String select, List<UUID> ids, RowMapper<T> part) {
        Map<FamilyId, List<T>> parts = new LinkedHashMap<>();
        handle.createQuery(select).bindList("ids", ids)
                .map((row, ctx) -> Map.entry(Columns.get(row, "family_id", FamilyId.class, ctx), part.map(row, ctx)))
                .forEach(entry -> parts.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return parts;
    }

    private static void saveMembers(Handle handle, Family family) {
        UUID familyId = family.id().value();
        for (int i = 0; i < family.guardians().size(); i++) {
            Guardian guardian = family.guardians().get(i);
            Function<Update, Update> member = member(familyId, guardian.id().value(), i, guardian.firstName(), guardian.lastName());
            Upsert.run(handle, UPDATE_GUARDIAN, INSERT_GUARDIAN, update -> member.apply(update)
                    .bind("email", guardian.email())
                    .bind("phone", guardian.phone()));
        }
        for (int i = 0; i < family.children().size(); i++) {
            Child child = family.children().get(i);
            Function<Update, Update> member = member(familyId, child.id().value(), i, child.firstName(), child.lastName());
            Upsert.run(handle, UPDATE_CHILD, INSERT_CHILD, update -> member.apply(update)
                    .bind("birthDate", child.birthDate())
                    .bindByType("schoolId", child.school().map(SchoolId::value).orElse(null), UUID.class)
                    .bind("grade", child.schoolGrade().map(Enum::name).orElse(null)));
        }
        handle.createUpdate(DELETE_QUOTIENTS).bind("familyId", familyId).execute();
        for (FamilyQuotient quotient : family.quotients()) {
            handle.createUpdate(INSERT_QUOTIENT)
                    .bind("familyId", familyId)
                    .bind("validFrom", quotient.validFrom())
                    .bind("quotient", quotient.value())
                    .execute();
        }
    }

    private static Function<Update, Update> member(UUID familyId, UUID id, int ordinal, String firstName, String lastName) {
        return update -> update.bind("id", id)
                .bind("familyId", familyId)
                .bind("ordinal", ordinal)
                .bind("firstName", firstName)
                .bind("lastName", lastName);
    }

    private static Update bindFamily(Update update, Family family) {
        return update.bindMethods(family)
                .bind("line1", family.address().line1())
                .bind("line2", family.address().line2())
                .bind("postcode", family.address().postcode())
                .bind("city", family.address().city())
                .bind("resourcesCents", family.resources().declared() ? family.resources().annualResources().cents() : null)
                .bind("dependentChildren", family.resources().dependentChildren())
                .bind("disabledChild", family.resources().disabledChild());
    }

    /** Makes LIKE's wildcards and the escape character itself match literally. */
    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
