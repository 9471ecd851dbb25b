package fr.espacefamille.adapter.jdbc.privacy;

import java.util.List;
import java.util.Set;

/**
 * Every table that holds records about a family, how its rows are reached from the family, and
 * what anonymisation does to them: the one list that the export and the erasure both follow.
 * <p>
 * A new table with a {@code family_id}, {@code child_id}, {@code guardian_id}, {@code account_id},
 * {@code enrolment_id} or {@code invoice_id} column must get a line here ({@code FamilyTablesTest}
 * fails until it has): usually {@code table("name", BY_FAMILY, null)} for a table with nothing
 * personal beyond its links, or with the UPDATE that replaces its personal columns.
 */
final class FamilyTables {

    static final String BY_FAMILY = "family_id = :family";
    static final String BY_CHILD = "child_id IN (SELECT id FROM children WHERE family_id = :family)";
    static final String BY_GUARDIAN = "guardian_id IN (SELECT id FROM guardians WHERE family_id = :family)";
    static final String BY_ACCOUNT = "account_id IN (SELECT id FROM accounts WHERE family_id = :family)";
    static final String BY_INVOICE = "invoice_id IN (SELECT id FROM invoices WHERE family_id = :family)";
    static final String BY_ENROLMENT = "enrolment_id IN (SELECT e.id FROM enrolments e JOIN children c ON c.id = e.child_id "
            + "WHERE c.family_id = :family)";
    static final String BY_NURSERY_REQUEST = "request_id IN (SELECT id FROM nursery_requests WHERE family_id = :family)";
    static final String BY_SCHOOL_REQUEST_FAMILY = "(family_id = :family OR accepted_family_id = :family)";
    static final String BY_SCHOOL_REQUEST = "request_id IN (SELECT id FROM school_requests WHERE " + BY_SCHOOL_REQUEST_FAMILY + ")";
    static final String ADDRESS = "address_line1 = :addressLine, address_line2 = NULL, postcode = :postcode, city = :city";

    /** The audit entries about the family: about it, its people, accounts, documents, enrolments, absences, bookings, invoices. */
    static final String AUDIT_ABOUT_FAMILY = "target IN (SELECT CAST(id AS VARCHAR) FROM families WHERE id = :family"
            + " UNION SELECT CAST(id AS VARCHAR) FROM guardians WHERE family_id = :family"
            + " UNION SELECT CAST(id AS VARCHAR) FROM children WHERE family_id = :family"
            + " UNION SELECT CAST(id AS VARCHAR) FROM accounts WHERE family_id = :family"
            + " UNION SELECT CAST(id AS VARCHAR) FROM documents WHERE family_id = :family"
            + " UNION SELECT CAST(id AS VARCHAR) FROM address_requests WHERE family_id = :family"
            + " UNION SELECT CAST(id AS VARCHAR) FROM enrolments WHERE " + BY_CHILD
            + " UNION SELECT CAST(id AS VARCHAR) FROM canteen_absences WHERE " + BY_CHILD
            + " UNION SELECT CAST(id AS VARCHAR) FROM nursery_absences WHERE " + BY_CHILD
            + " UNION SELECT CAST(id AS VARCHAR) FROM nursery_bookings WHERE " + BY_CHILD
            + " UNION SELECT number FROM invoices WHERE family_id = :family AND number IS NOT NULL)"
            + " OR EXISTS (SELECT 1 FROM children c WHERE c.family_id = :family AND audit_log.target LIKE CAST(c.id AS VARCHAR) || '@%')";

    /**
     * {@code reach}: the WHERE clause selecting the family's rows; {@code exported}: whether its rows go
     * into the export (secrets do not); {@code erasure}: the statement run at anonymisation, or null
     * when the table holds nothing personal beyond its links to the family.
     */
    record Table(String name, String reach, boolean exported, String erasure) {
    }

    /** Columns never exported: secrets, storage internals, derived search keys. */
    static final Set<String> SECRET_COLUMNS = Set.of("password_hash", "digest", "token_digest", "storage_name", "search_text",
            "username_canonical", "email_canonical", "pending_family_id");
    /** Columns exported masked: only their last four characters show. */
    static final Set<String> MASKED_COLUMNS = Set.of("iban");

    static final List<Table> TABLES = List.of(
            table("families", "id = :family", "UPDATE families SET name = :familyName, " + ADDRESS
                    + ", annual_resources_cents = NULL, search_text = '' WHERE id = :family"),
            table("guardians", BY_FAMILY, "UPDATE guardians SET first_name = :firstName, last_name = :lastName, email = NULL, phone = NULL"
                    + " WHERE " + BY_FAMILY),
            // birth dates keep their year only: done row by row by the erasure (no portable date arithmetic)
            table("children", BY_FAMILY, "UPDATE children SET first_name = :firstName, last_name = :lastName WHERE " + BY_FAMILY),
            table("family_quotients", BY_FAMILY, null),
            // usernames and emails are replaced account by account by the erasure (each needs its own unique value)
            table("accounts", BY_FAMILY, null),
            secret("sessions", BY_ACCOUNT, "DELETE FROM sessions WHERE " + BY_ACCOUNT),
            secret("password_resets", BY_ACCOUNT, "DELETE FROM password_resets WHERE " + BY_ACCOUNT),
            secret("email_confirmations", BY_ACCOUNT, "DELETE FROM email_confirmations WHERE " + BY_ACCOUNT),
            secret("activation_keys", BY_FAMILY, "DELETE FROM activation_keys WHERE " + BY_FAMILY),
            table("franceconnect_links", BY_ACCOUNT, "DELETE FROM franceconnect_links WHERE " + BY_ACCOUNT),
            table("address_requests", BY_FAMILY, "UPDATE address_requests SET " + ADDRESS + ", refusal_reason = NULL WHERE " + BY_FAMILY),
            table("documents", BY_FAMILY, "UPDATE documents SET filename = :documentName WHERE " + BY_FAMILY),
            table("enrolments", BY_CHILD, null),
            table("nursery_contracts", BY_ENROLMENT, null),
            table("nursery_contract_days", BY_ENROLMENT, null),
            table("nursery_contract_conges", BY_ENROLMENT, null),
            table("canteen_bookings", BY_CHILD, null),
            table("canteen_absences", BY_CHILD, "UPDATE canteen_absences SET reported_by = :person WHERE " + BY_CHILD
                    + " AND reported_by IN (SELECT username FROM accounts WHERE family_id = :family)"),
            table("canteen_absence_days", BY_CHILD, null),
            table("canteen_attendance", BY_CHILD, null),
            table("nursery_bookings", BY_CHILD, null),
            table("nursery_absences", BY_CHILD, null),
            table("nursery_absence_days", BY_CHILD, null),
            table("nursery_attendance", BY_CHILD, null),
            table("invoices", BY_FAMILY, "UPDATE invoices SET recipient_name = :familyName, " + ADDRESS + " WHERE " + BY_FAMILY),
            table("invoice_lines", BY_INVOICE, "UPDATE invoice_lines SET child_name = :childName WHERE " + BY_INVOICE),
            // what staff typed (a cheque's drawer, a note); the provider's references of card payments stay, for reconciliation
            table("invoice_payments", BY_INVOICE, "UPDATE invoice_payments SET reference = NULL WHERE method <> 'CARD' AND " + BY_INVOICE),
            table("credit_notes", BY_INVOICE, "UPDATE credit_notes SET reason = :erased WHERE " + BY_INVOICE),
            table("payment_attempts", BY_FAMILY, null),
            table("payment_anomalies", BY_INVOICE, null),
            table("mandates", BY_FAMILY, "UPDATE mandates SET holder = :familyName, iban = :iban WHERE " + BY_FAMILY),
            // the pain.008 files themselves (direct_debit_files.content) hold every family of a month: see the README's note
            table("direct_debit_collections", BY_INVOICE, "UPDATE direct_debit_collections SET holder = :familyName, iban = :iban WHERE "
                    + BY_INVOICE),
            table("invoice_reminders", BY_INVOICE, null),
            table("nursery_requests", BY_FAMILY, "UPDATE nursery_requests SET first_name = :firstName, last_name = :lastName, "
                    + "contact_email = NULL, pending_key = NULL, applicant_first_name = NULL, applicant_last_name = NULL, "
                    + "applicant_phone = NULL, address_line1 = NULL, address_line2 = NULL, address_postcode = NULL, address_city = NULL "
                    + "WHERE " + BY_FAMILY),
            table("nursery_request_days", BY_NURSERY_REQUEST, null),
            table("nursery_request_answers", BY_NURSERY_REQUEST, null),
            table("nursery_request_documents", BY_NURSERY_REQUEST, null),
            table("nursery_request_corrections", BY_NURSERY_REQUEST, "UPDATE nursery_request_corrections SET reason = :erased WHERE "
                    + BY_NURSERY_REQUEST),
            table("nursery_offers", BY_NURSERY_REQUEST, null),
            table("school_requests", BY_SCHOOL_REQUEST_FAMILY, "UPDATE school_requests SET child_first_name = :firstName, "
                    + "child_last_name = :lastName, child_identity = CAST(id AS VARCHAR), open_key = NULL, grade_reason = NULL, "
                    + "derogation_text = NULL, message = NULL, " + ADDRESS + " WHERE " + BY_SCHOOL_REQUEST_FAMILY),
            table("school_request_guardians", BY_SCHOOL_REQUEST, "UPDATE school_request_guardians SET first_name = :firstName, "
                    + "last_name = :lastName, email = NULL, phone = NULL WHERE " + BY_SCHOOL_REQUEST),
            table("school_request_documents", BY_SCHOOL_REQUEST, null),
            table("school_request_history", BY_SCHOOL_REQUEST, null),
            table("retention_holds", BY_FAMILY, null),
            secret("family_anonymisations", BY_FAMILY, null));

    private FamilyTables() {
    }

    private static Table table(String name, String reach, String erasure) {
        return new Table(name, reach, true, erasure);
    }

    private static Table secret(String name, String reach, String erasure) {
        return new Table(name, reach, false, erasure);
    }
}
