package fr.espacefamille.adapter.jdbc.privacy;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import fr.espacefamille.adapter.jdbc.BackendTest;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.TextColumns;
import fr.espacefamille.adapter.jdbc.account.JdbiFranceConnectLinks;
import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.privacy.FamilyRecords;
import fr.espacefamille.application.privacy.FamilyRetention;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.privacy.FamilyActivity;

/**
 * The retention store and the export on H2 and PostgreSQL, with a family that has a record in
 * the tables that hold personal values: after its erasure, none of its personal values remains in
 * any text column of any table, while another family is untouched and invoice numbers and amounts
 * stay. The export carries every listed table.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(names = {"H2", "POSTGRES"})
class FamilyRetentionTest extends BackendTest {

    /** Values that belong to the Zephyrin family only, lower-cased. */
    static final List<String> PERSONAL = List.of("zephyrin", "xavière", "ysolde", "xaviere.z", "quimperlé", "06 98 76 54 32",
            "fr7630006000011234567890189", "certificat-ysolde", "sub-fc-xaviere");

    private JdbiFamilyRetention retention;
    private Family zephyrin;
    private Family witness;
    private Account account;
    private String storageName;

    @BeforeEach
    void theZephyrinsAndAWitness() {
        retention = new JdbiFamilyRetention(backend.jdbc());
        ChildId ysolde = ChildId.random();
        zephyrin = aFamily("Zephyrin").at(new Address("17 impasse de Quimperlé", "Bâtiment Zephyrin", "44480", "Donges"))
                .withGuardian(new Guardian(GuardianId.random(), "Xavière", "Zephyrin", "xaviere.zephyrin@example.fr", "06 98 76 54 32"))
                .withChild(new Child(ysolde, "Ysolde", "Zephyrin", LocalDate.of(2019, 5, 17), null, null)).build();
        witness = Fixtures.family("Témoin");
        backend.families().add(zephyrin);
        backend.families().add(witness);
        account = Fixtures.parent(zephyrin, "xaviere.z", "xaviere.zephyrin@example.fr");
        backend.accounts().add(account);
        backend.sessions().add(new Sessions.Session("digest-xaviere", account.id(), NOW, NOW, NOW.plusSeconds(3600)));
        new JdbiFranceConnectLinks(backend.jdbc()).link("sub-fc-xaviere", account.id(), NOW);
        new JdbiEnrolments(backend.jdbc()).add(new Enrolment(EnrolmentId.random(), ysolde, ChildService.CANTEEN, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 4), "2026-2027"));
        storageName = "stockage-" + UUID.randomUUID();
        Document certificate = new Document(DocumentId.random(), zephyrin.id(), DocumentKind.values()[0], "certificat-ysolde-zephyrin.pdf",
                "application/pdf", 10, NOW, storageName);
        new JdbiDocuments(backend.jdbc()).add(certificate);
        backend.auditLog().recordAll(List.of(
                new AuditEntry(NOW, "xaviere.z", "ACCOUNT_ACTIVATED", account.id().toString(), null, "{\"username\":\"xaviere.z\"}"),
                new AuditEntry(NOW, "agent", "CANTEEN_DAY_BOOKED", ysolde.toString(), null, "{\"child\":\"Ysolde Zephyrin\"}"),
                new AuditEntry(NOW, "agent", "NURSERY_ATTENDANCE_RECORDED", ysolde + "@2026-09-03", null, "{\"who\":\"Ysolde\"}")));
        seedBilling(ysolde, certificate);
    }

    private void seedBilling(ChildId ysolde, Document certificate) {
        backend.jdbc().useHandle(handle -> {
            UUID run = UUID.randomUUID();
            UUID invoice = UUID.randomUUID();
            handle.execute("INSERT INTO billing_runs (id, regie, billed_month, status, started_at, started_by, invoice_count, total_cents) "
                    + "VALUES (?, 'SCHOOL', '2026-09', 'ISSUED', ?, 'agent', 1, 1250)", run, NOW);
            handle.execute("INSERT INTO invoices (id, run_id, family_id, regie, billed_month, number, issued_on, due_on, recipient_name, "
                    + "address_line1, address_line2, postcode, city, paper, total_cents, paid_cents, credited_cents) VALUES (?, ?, ?, 'SCHOOL', "
                    + "'2026-09', 'FAC-ZEPH-1', ?, ?, 'Xavière Zephyrin', '17 impasse de Quimperlé', NULL, '44480', 'Donges', FALSE, 1250, 1000, 250)",
                    invoice, run, zephyrin.id().value(), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31));
            handle.execute("INSERT INTO invoice_lines (invoice_id, ordinal, child_id, child_name, kind, label, quantity_hundredths, "
                    + "unit_price_cents, amount_cents) VALUES (?, 1, ?, 'Ysolde Zephyrin', 'MEAL', 'Repas', 100, 1250, 1250)", invoice, ysolde.value());
            handle.execute("INSERT INTO invoice_payments (id, invoice_id, method, amount_cents, received_on, reference, recorded_at) "
                    + "VALUES (?, ?, 'CHEQUE', 1000, ?, 'chèque Zephyrin', ?)", UUID.randomUUID(), invoice, LocalDate.of(2026, 10, 10), NOW);
            handle.execute("INSERT INTO credit_notes (id, invoice_id, number, amount_cents, reason, issued_on) "
                    + "VALUES (?, ?, 'AV-ZEPH-1', 250, 'Absence d''Ysolde', ?)", UUID.randomUUID(), invoice, LocalDate.of(2026, 10, 12));
            handle.execute("INSERT INTO mandates (id, family_id, regie, rum, holder, iban, signed_on, online, status, rejects_in_a_row) "
                    + "VALUES (?, ?, 'SCHOOL', 'RUM-ZEPH-1', 'Xavière Zephyrin', 'FR7630006000011234567890189', ?, TRUE, 'ACTIVE', 0)",
                    UUID.randomUUID(), zephyrin.id().value(), LocalDate.of(2026, 9, 1));
            handle.execute("INSERT INTO canteen_absences (id, child_id, from_date, to_date, reason, certificate_id, reported_at, reported_by) "
                    + "VALUES (?, ?, ?, ?, 'ILLNESS', ?, ?, 'xaviere.z')", UUID.randomUUID(), ysolde.value(), LocalDate.of(2026, 9, 14),
                    LocalDate.of(2026, 9, 15), certificate.id().value(), NOW);
            handle.execute("INSERT INTO address_requests (id, family_id, guardian_id, address_line1, postcode, city, requested_at, status) "
                    + "VALUES (?, ?, ?, '2 rue Zephyrin', '44480', 'Donges', ?, 'REFUSED')", UUID.randomUUID(), zephyrin.id().value(),
                    zephyrin.guardians().get(0).id().value(), NOW);
            handle.execute("INSERT INTO login_failures (login, failed_at) VALUES ('xaviere.z', ?)", NOW);
        });
    }

    @Test
    void reads_each_family_s_activity_and_claims_once() {
        assertThat(retention.activities()).filteredOn(a -> a.family().equals(zephyrin.id())).singleElement().satisfies(a -> {
            assertThat(a.lastServiceEnd()).isEqualTo(LocalDate.of(2027, 7, 4));
            assertThat(a.lastSettlement()).isEqualTo(LocalDate.of(2026, 10, 12));
            assertThat(a.openInvoice()).isFalse();
        });
        assertThat(retention.activities()).filteredOn(a -> a.family().equals(witness.id())).singleElement()
                .satisfies(a -> assertThat(a.lastServiceEndDate()).isEmpty());

        assertThat(retention.claim(zephyrin.id(), NOW)).isTrue();
        assertThat(retention.claim(zephyrin.id(), NOW)).isFalse();
        assertThat(retention.activities()).extracting(FamilyActivity::family).doesNotContain(zephyrin.id());
        assertThat(retention.claimRun(YearMonth.of(2030, 8), NOW)).isTrue();
        assertThat(retention.claimRun(YearMonth.of(2030, 8), NOW)).isFalse();
    }

    @Test
    void holds_a_family_with_its_reason_until_released() {
        retention.hold(new FamilyRetention.Hold(zephyrin.id(), "Litige sur la facture FAC-ZEPH-1", "admin", NOW));

        assertThat(retention.holds()).containsOnlyKeys(zephyrin.id());
        assertThat(retention.holds().get(zephyrin.id()).reason()).isEqualTo("Litige sur la facture FAC-ZEPH-1");
        assertThat(retention.release(zephyrin.id())).isTrue();
        assertThat(retention.release(zephyrin.id())).isFalse();
        assertThat(retention.holds()).isEmpty();
    }

    @Test
    void the_export_carries_every_listed_table_the_family_s_values_and_no_secret() {
        Map<String, List<Map<String, Object>>> exported = new HashMap<>();
        FamilyRecords.Sink sink = (kind, records) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            records.forEachRemaining(rows::add);
            exported.put(kind, rows);
        };
        new JdbiFamilyRecords(backend.jdbc()).export(zephyrin.id(), sink);

        FamilyTables.TABLES.stream().filter(FamilyTables.Table::exported)
                .forEach(table -> assertThat(exported).containsKey(table.name()));
        assertThat(exported).containsKey("audit_log").doesNotContainKeys("sessions", "password_resets", "activation_keys");
        assertThat(exported.get("families")).singleElement().satisfies(f -> assertThat(f).containsEntry("name", "Zephyrin"));
        assertThat(exported.get("children")).singleElement().satisfies(c -> assertThat(c).containsEntry("birth_date", "2019-05-17"));
        assertThat(exported.get("invoice_lines")).singleElement().satisfies(l -> assertThat(l).containsEntry("child_name", "Ysolde Zephyrin"));
        assertThat(exported.get("mandates")).singleElement()
                .satisfies(m -> assertThat((String) m.get("iban")).endsWith("0189").doesNotContain("FR76"));
        assertThat(exported.get("accounts")).singleElement().satisfies(a -> assertThat(a).doesNotContainKey("password_hash"));
        assertThat(exported.get("audit_log")).hasSize(3);
        assertThat(exported.get("guardians")).noneSatisfy(g -> assertThat(g.get("family_id")).isEqualTo(witness.id().toString()));
        assertThat(exported.toString()).doesNotContain("Témoin");
    }

    @Test
    void after_erasure_no_personal_value_of_the_family_remains_in_any_text_column() {
        List<String> files = retention.erase(zephyrin.id(), "pbkdf2$1$ZmVybWU$ZmVybWU");

        assertThat(files).containsExactly(storageName);
        assertThat(TextColumns.holding(backend.jdbc(), PERSONAL)).isEmpty();
        assertThat(backend.sessions().byTokenDigest("digest-xaviere")).isEmpty();
        assertThat(backend.accounts().byLogin("xaviere.z")).isEmpty();
        assertThat(backend.families().byId(witness.id()).orElseThrow().name()).isEqualTo("Témoin");
        backend.jdbc().useHandle(handle -> {
            assertThat(handle.createQuery("SELECT number, total_cents, paid_cents, credited_cents, issued_on FROM invoices "
                    + "WHERE family_id = :f").bind("f", zephyrin.id().value()).mapToMap().one())
                    .containsEntry("number", "FAC-ZEPH-1").containsEntry("total_cents", 1250L).containsEntry("paid_cents", 1000L);
            assertThat(handle.createQuery("SELECT COUNT(*) FROM invoice_payments").mapTo(Long.class).one()).isEqualTo(1);
        });
    }
}
