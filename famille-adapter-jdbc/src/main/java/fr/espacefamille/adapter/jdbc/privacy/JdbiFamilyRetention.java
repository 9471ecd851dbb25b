package fr.espacefamille.adapter.jdbc.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.Handle;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.privacy.FamilyRetention;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.privacy.Anonymised;
import fr.espacefamille.domain.privacy.FamilyActivity;

/**
 * {@link FamilyRetention} in the database: activity read with one statement for all families;
 * claims as rows whose primary key admits one winner ({@code family_anonymisations},
 * {@code retention_runs}); erasure along {@link FamilyTables}, in the caller's transaction.
 */
public final class JdbiFamilyRetention implements FamilyRetention {

    private static final String ACTIVITIES = """
            SELECT f.id, f.name,
              (SELECT MAX(e.to_date) FROM enrolments e JOIN children c ON c.id = e.child_id WHERE c.family_id = f.id) AS service_end,
              (SELECT MAX(i.issued_on) FROM invoices i WHERE i.family_id = f.id AND i.number IS NOT NULL) AS last_issued,
              (SELECT MAX(p.received_on) FROM invoice_payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.family_id = f.id) AS last_paid,
              (SELECT MAX(n.issued_on) FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id WHERE i.family_id = f.id) AS last_credited,
              (SELECT COUNT(*) FROM invoices i WHERE i.family_id = f.id AND i.number IS NOT NULL
                  AND i.paid_cents + i.credited_cents < i.total_cents) AS open_invoices
            FROM families f
            WHERE NOT EXISTS (SELECT 1 FROM family_anonymisations a WHERE a.family_id = f.id)
            """;

    private final JdbiContext db;

    public JdbiFamilyRetention(JdbiContext db) {
        this.db = db;
    }

    @Override
    public List<FamilyActivity> activities() {
        return db.withHandle(handle -> handle.createQuery(ACTIVITIES).map((row, ctx) -> new FamilyActivity(
                Columns.get(row, "id", FamilyId.class, ctx), row.getString("name"), Columns.date(row, "service_end"),
                latest(Columns.date(row, "last_issued"), Columns.date(row, "last_paid"), Columns.date(row, "last_credited")),
                row.getLong("open_invoices") > 0)).list());
    }

    private static LocalDate latest(LocalDate... days) {
        LocalDate latest = null;
        for (LocalDate day : days) {
            if (day != null && (latest == null || day.isAfter(latest))) {
                latest = day;
            }
        }
        return latest;
    }

    @Override
    public boolean claim(FamilyId family, Instant at) {
        return db.withHandle(handle -> handle.createUpdate("INSERT INTO family_anonymisations (family_id, anonymised_at) "
                + "VALUES (:family, :at) ON CONFLICT DO NOTHING").bind("family", family).bind("at", at).execute() > 0);
    }

    @Override
    public List<String> erase(FamilyId family, String closedPasswordHash) {
        return db.withHandle(handle -> {
            UUID id = family.value();
            List<String> files = handle.createQuery("SELECT storage_name FROM documents WHERE family_id = :family")
                    .bind("family", id).mapTo(String.class).list();
            // what names the family's people before their usernames change
            String familyUsernames = "SELECT username FROM accounts WHERE family_id = :family";
            handle.createUpdate("UPDATE audit_log SET before_state = NULL, after_state = NULL WHERE " + FamilyTables.AUDIT_ABOUT_FAMILY)
                    .bind("family", id).execute();
            handle.createUpdate("UPDATE audit_log SET actor = :person WHERE actor IN (" + familyUsernames + ")")
                    .bind("family", id).bind("person", Anonymised.PERSON).execute();
            String logins = "SELECT username_canonical FROM accounts WHERE family_id = :family "
                    + "UNION SELECT email_canonical FROM accounts WHERE family_id = :family";
            handle.createUpdate("DELETE FROM login_failures WHERE login IN (" + logins + ")").bind("family", id).execute();
            handle.createUpdate("DELETE FROM login_locks WHERE login IN (" + logins + ")").bind("family", id).execute();
            for (FamilyTables.Table table : FamilyTables.TABLES) {
                if (table.erasure() != null) {
                    handle.createUpdate(table.erasure()).bindMap(replacements(id)).execute();
                }
            }
            anonymiseAccounts(handle, id, closedPasswordHash);
            anonymiseBirthDates(handle, id);
            return files;
        });
    }

    private static Map<String, Object> replacements(UUID family) {
        Map<String, Object> values = new HashMap<>();
        values.put("family", family);
        values.put("familyName", Anonymised.FAMILY_NAME);
        values.put("firstName", Anonymised.FIRST_NAME);
        values.put("lastName", Anonymised.LAST_NAME);
        values.put("childName", Anonymised.CHILD_NAME);
        values.put("addressLine", Anonymised.ADDRESS_LINE);
        values.put("postcode", Anonymised.POSTCODE);
        values.put("city", Anonymised.CITY);
        values.put("documentName", Anonymised.DOCUMENT_NAME);
        values.put("person", Anonymised.PERSON);
        values.put("erased", "motif effacé");
        values.put("iban", Anonymised.IBAN);
        return values;
    }

    private static void anonymiseAccounts(Handle handle, UUID family, String closedPasswordHash) {
        for (UUID account : handle.createQuery("SELECT id FROM accounts WHERE family_id = :family").bind("family", family)
                .mapTo(UUID.class).list()) {
            String username = Anonymised.username(account);
            String email = Anonymised.email(account);
            handle.createUpdate("UPDATE accounts SET username = :username, username_canonical = :username, email = :email, "
                    + "email_canonical = :email, password_hash = :hash WHERE id = :id")
                    .bind("username", username).bind("email", email).bind("hash", closedPasswordHash).bind("id", account).execute();
        }
    }

    private static void anonymiseBirthDates(Handle handle, UUID family) {
        handle.createQuery("SELECT id, birth_date FROM children WHERE family_id = :family").bind("family", family)
                .map((row, ctx) -> Map.entry(Columns.uuid(row, "id"), Columns.date(row, "birth_date"))).list()
                .forEach(child -> handle.createUpdate("UPDATE children SET birth_date = :day WHERE id = :id")
                        .bind("day", child.getValue().withDayOfYear(1)).bind("id", child.getKey()).execute());
    }

    @Override
    public void hold(Hold hold) {
        db.useHandle(handle -> {
            handle.createUpdate("DELETE FROM retention_holds WHERE family_id = :family").bind("family", hold.family()).execute();
            handle.createUpdate("INSERT INTO retention_holds (family_id, reason, held_by, held_at) VALUES (:family, :reason, :by, :at)")
                    .bind("family", hold.family()).bind("reason", hold.reason()).bind("by", hold.heldBy())
                    .bind("at", hold.heldAt()).execute();
        });
    }

    @Override
    public boolean release(FamilyId family) {
        return db.withHandle(handle -> handle.createUpdate("DELETE FROM retention_holds WHERE family_id = :family")
                .bind("family", family).execute() > 0);
    }

    @Override
    public Map<FamilyId, Hold> holds() {
        Map<FamilyId, Hold> holds = new HashMap<>();
        db.withHandle(handle -> handle.createQuery("SELECT family_id, reason, held_by, held_at FROM retention_holds")
                .map((row, ctx) -> new Hold(Columns.get(row, "family_id", FamilyId.class, ctx), row.getString("reason"),
                        row.getString("held_by"), Columns.instant(row, "held_at"))).list())
                .forEach(hold -> holds.put(hold.family(), hold));
        return holds;
    }

    @Override
    public boolean claimRun(YearMonth month, Instant at) {
        return db.withHandle(handle -> handle.createUpdate("INSERT INTO retention_runs (run_month, claimed_at) VALUES (:month, :at) "
                + "ON CONFLICT DO NOTHING").bind("month", month.toString()).bind("at", at).execute() > 0);
    }
}
