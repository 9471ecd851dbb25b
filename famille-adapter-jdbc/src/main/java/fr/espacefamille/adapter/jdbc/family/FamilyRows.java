package fr.espacefamille.adapter.jdbc.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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
            Map<FamilyId, List<FamilyQuotient>> quotients) throws SQLException {
        FamilyId id = new FamilyId(Columns.uuid(row, "id"));
        Address address = new Address(row.getString("address_line1"), row.getString("address_line2"),
                row.getString("postcode"), row.getString("city"));
        Long cents = row.getObject("annual_resources_cents", Long.class);
        Resources resources = new Resources(cents == null ? null : Money.ofCents(cents),
                row.getInt("dependent_children"), row.getBoolean("disabled_child"));
        return new Family(id, row.getString("name"), address, row.getBoolean("resident"),
                quotients.getOrDefault(id, List.of()), resources, row.getBoolean("paperless"),
                guardians.getOrDefault(id, List.of()), children.getOrDefault(id, List.of()));
    }

    static Guardian guardian(ResultSet row) throws SQLException {
        return new Guardian(new GuardianId(Columns.uuid(row, "id")), row.getString("first_name"),
                row.getString("last_name"), row.getString("email"), row.getString("phone"));
    }

    static Child child(ResultSet row) throws SQLException {
        SchoolId school = Columns.uuid(row, "school_id") == null ? null : new SchoolId(Columns.uuid(row, "school_id"));
        String grade = row.getString("grade");
        return new Child(new ChildId(Columns.uuid(row, "id")), row.getString("first_name"), row.getString("last_name"),
                Columns.date(row, "birth_date"), school, grade == null ? null : Grade.valueOf(grade));
    }

    static FamilyQuotient quotient(ResultSet row) throws SQLException {
        return new FamilyQuotient(row.getInt("quotient"), Columns.date(row, "valid_from"));
    }
}
