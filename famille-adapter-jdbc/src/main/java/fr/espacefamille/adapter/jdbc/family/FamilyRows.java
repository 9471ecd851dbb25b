package fr.espacefamille.adapter.jdbc.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;

/** Builds a family's parts from rows of {@code families}, {@code guardians}, {@code children}, {@code family_quotients}. */
final class FamilyRows {

    private FamilyRows() {
    }

    static Family family(ResultSet row, Map<FamilyId, List<Guardian>> guardians, Map<FamilyId, List<Child>> children,
            Map<FamilyId, List<FamilyQuotient>> quotients, StatementContext ctx) throws SQLException {
        FamilyId id = Columns.get(row, "id", FamilyId.class, ctx);
        Address address = new Address(row.getString("address_line1"), row.getString("address_line2"),
                row.getString("postcode"), row.getString("city"));
        Long cents = row.getObject("annual_resources_cents", Long.class);
        Resources resources = new Resources(cents == null ? null : Money.ofCents(cents),
                row.getInt("dependent_children"), row.getBoolean("disabled_child"));
        return new Family(id, row.getString("name"), address, row.getBoolean("resident"),
                quotients.getOrDefault(id, List.of()), resources, row.getBoolean("paperless"),
                guardians.getOrDefault(id, List.of()), children.getOrDefault(id, List.of()));
    }

    static Guardian guardian(ResultSet row, StatementContext ctx) throws SQLException {
        return new Guardian(Columns.get(row, "id", GuardianId.class, ctx), row.getString("first_name"),
                row.getString("last_name"), row.getString("email"), row.getString("phone"));
    }

    static Child child(ResultSet row, StatementContext ctx) throws SQLException {
        SchoolId school = Columns.get(row, "school_id", SchoolId.class, ctx);
        return new Child(Columns.get(row, "id", ChildId.class, ctx), row.getString("first_name"), row.getString("last_name"),
                Columns.date(row, "birth_date"), school, Columns.get(row, "grade", Grade.class, ctx));
    }

    static FamilyQuotient quotient(ResultSet row) throws SQLException {
        return new FamilyQuotient(row.getInt("quotient"), Columns.date(row, "valid_from"));
    }
}
