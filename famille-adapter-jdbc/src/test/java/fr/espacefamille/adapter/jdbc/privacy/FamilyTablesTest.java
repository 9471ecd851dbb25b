package fr.espacefamille.adapter.jdbc.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.shared.Database;

/**
 * Every table of the schema that can hold a family's records — it has a column linking it to a
 * family, a guardian, a child, an account, an enrolment or an invoice — is listed in
 * {@link FamilyTables}, so that the export carries it and the anonymisation decides about it.
 * Adding such a table without a line there fails this test.
 */
class FamilyTablesTest {

    private static final Set<String> LINKS = Set.of("family_id", "child_id", "guardian_id", "account_id", "enrolment_id",
            "invoice_id", "payer_account_id");

    @Test
    void every_table_linked_to_a_family_is_exported_or_knowingly_left_out() throws SQLException {
        Set<String> linked = new TreeSet<>();
        try (Database database = TestDatabases.freshH2()) {
            database.context().useHandle(handle -> {
                try {
                    DatabaseMetaData metadata = handle.getConnection().getMetaData();
                    try (ResultSet columns = metadata.getColumns(null, "public", "%", "%")) {
                        while (columns.next()) {
                            if (LINKS.contains(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT))) {
                                linked.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Set<String> listed = new TreeSet<>();
        FamilyTables.TABLES.forEach(table -> listed.add(table.name()));

        assertThat(linked).as("tables of the schema linked to a family").contains("guardians", "invoices", "canteen_bookings");
        assertThat(listed).as("FamilyTables must list every table that holds a family's records: add a line for each missing one")
                .containsAll(linked);
    }
}
