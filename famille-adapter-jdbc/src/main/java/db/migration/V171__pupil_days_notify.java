package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL only: every change to what a month view reads (a pupil, its canteen enrolments, bookings
 * and absent days) notifies channel {@code pupil_days} with the child's id, or {@code *} for a
 * truncation, when its transaction commits; each app instance listens there to forget what it
 * remembered ({@code PostgresPupilDaysChanges}). Triggers, not the application, so that every writer
 * — privacy erasure, a fix by hand — is heard. On H2 one process owns the database, its own writes
 * are all there is, and nothing is created: a Java migration, as SQL cannot be told apart by vendor.
 */
public class V171__pupil_days_notify extends BaseJavaMigration {

    private static final String FUNCTION = """
            CREATE FUNCTION pupil_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    PERFORM pg_notify('pupil_days', '*');
                    RETURN NULL;
                END IF;
                IF TG_OP <> 'INSERT' THEN
                    PERFORM pg_notify('pupil_days', to_jsonb(OLD) ->> TG_ARGV[0]);
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    PERFORM pg_notify('pupil_days', to_jsonb(NEW) ->> TG_ARGV[0]);
                END IF;
                RETURN NULL;
            END
            $$""";

    /** Each table behind a month view, with the column naming the child. */
    private static final String[][] TABLES = {
            {"children", "id"}, {"enrolments", "child_id"}, {"canteen_bookings", "child_id"}, {"canteen_absence_days", "child_id"}};

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute(FUNCTION);
            for (String[] table : TABLES) {
                sql.execute("CREATE TRIGGER " + table[0] + "_pupil_days AFTER INSERT OR UPDATE OR DELETE ON " + table[0]
                        + " FOR EACH ROW EXECUTE PROCEDURE pupil_days_changed('" + table[1] + "')");
                sql.execute("CREATE TRIGGER " + table[0] + "_pupil_days_truncated AFTER TRUNCATE ON " + table[0]
                        + " FOR EACH STATEMENT EXECUTE PROCEDURE pupil_days_changed()");
            }
        }
    }
}
