package fr.espacefamille.application.publication;

import static fr.espacefamille.application.shared.RefusalCodes.code;
import static fr.espacefamille.application.shared.RefusalCodes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.document.Contents;
import fr.espacefamille.application.document.DeleteOrphanFiles;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryDocumentStore;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryOrphanFiles;
import fr.espacefamille.application.inmemory.InMemoryRulesDocuments;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.publication.RulesService;

class RulesDocumentsUseCasesTest {

    private static final byte[] PDF = Contents.PDF;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-08-25T08:00:00Z"));
    private final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    private final InMemoryAuditLog log = town.stores().auditLog();
    private final InMemoryRulesDocuments rules = town.stores().rules();
    private final InMemoryDocumentStore store = town.stores().documentStore();
    private final PublishRulesDocument publish = town.publication().publishRules();
    private final WithdrawRulesDocument withdraw = town.publication().withdrawRules();
    private final ReadRulesDocuments read = town.publication().readRules();
    private final Actor admin = new Actor(null, "admin", Role.ADMIN, null, null);
    private final Actor schoolAgent = new Actor(null, "cantine", Role.SCHOOL_AGENT, null, null);
    private final Actor nurseryAgent = new Actor(null, "creche", Role.NURSERY_AGENT, null, null);
    private final Actor financeAgent = new Actor(null, "finance", Role.FINANCE_AGENT, null, null);
    private final Actor parent = new Actor(null, "claire", Role.PARENT, FamilyId.random(), null);

    private PublishRulesDocument.Command command(String title, RulesService service, InputStream content) {
        return new PublishRulesDocument.Command(title, service, "règlement cantine 2026.pdf", content);
    }

    @Test
    void staff_publish_a_pdf_that_everyone_then_reads() throws IOException {
        RulesDocument published = publish.publish(schoolAgent,
                command("  Règlement de la restauration scolaire ", RulesService.CANTEEN, new ByteArrayInputStream(PDF)));

        assertThat(published.title()).isEqualTo("Règlement de la restauration scolaire");
        assertThat(published.filename()).isEqualTo("règlement cantine 2026.pdf");
        assertThat(published.sizeBytes()).isEqualTo(PDF.length);
        assertThat(published.publishedAt()).isEqualTo(clock.instant());
        assertThat(read.all()).containsExactly(published);
        try (InputStream in = read.open(published.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(log.between(Instant.EPOCH, Instant.MAX, 10)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("RULES_PUBLISHED");
            assertThat(e.actor()).isEqualTo("cantine");
            assertThat(e.after()).contains("Règlement de la restauration scolaire", "CANTEEN");
        });
    }

    @Test
    void each_service_s_agents_keep_its_rules_and_administrators_keep_all() {
        assertThat(code(() -> publish.publish(nurseryAgent, command("Cantine", RulesService.CANTEEN, new ByteArrayInputStream(PDF)))))
                .isEqualTo("FORBIDDEN");
        assertThat(code(() -> publish.publish(schoolAgent, command("Général", RulesService.GENERAL, new ByteArrayInputStream(PDF)))))
                .isEqualTo("FORBIDDEN");
        assertThat(code(() -> publish.publish(financeAgent, command("Crèche", RulesService.NURSERY, new ByteArrayInputStream(PDF)))))
                .isEqualTo("FORBIDDEN");
        assertThat(code(() -> publish.publish(parent, command("Crèche", RulesService.NURSERY, new ByteArrayInputStream(PDF)))))
                .isEqualTo("FORBIDDEN");
        assertThat(code(() -> publish.publish(nurseryAgent, command("Crèche", RulesService.NURSERY, new ByteArrayInputStream(PDF)))))
                .isEqualTo("ACCEPTED");
        for (RulesService service : RulesService.values()) {
            assertThat(code(() -> publish.publish(admin, command("Règlement " + service, service, new ByteArrayInputStream(PDF)))))
                    .isEqualTo("ACCEPTED");
        }
        assertThat(read.all()).hasSize(4);
        assertThat(store.held()).isEqualTo(4);
    }

    @Test
    void refuses_what_is_not_a_pdf_too_large_or_untitled_and_keeps_nothing() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThat(outcome(() -> publish.publish(admin, command("Image", RulesService.GENERAL, new ByteArrayInputStream(png)))))
                .isEqualTo("UNSUPPORTED_MEDIA_TYPE Format non accepté : un règlement doit être un fichier PDF.");
        assertThat(code(() -> publish.publish(admin, command("Page", RulesService.GENERAL,
                new ByteArrayInputStream("<html>règlement</html>".getBytes(StandardCharsets.UTF_8)))))).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(code(() -> publish.publish(admin, command("Trop gros", RulesService.GENERAL,
                Contents.of(PDF, StorageQuota.MAX_DOCUMENT_BYTES + 1))))).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(outcome(() -> publish.publish(admin, command(" ", RulesService.GENERAL, new ByteArrayInputStream(PDF)))))
                .isEqualTo("VALIDATION_FAILED title : champ obligatoire");
        assertThat(outcome(() -> publish.publish(admin, command("x".repeat(201), RulesService.GENERAL, new ByteArrayInputStream(PDF)))))
                .isEqualTo("VALIDATION_FAILED title : Le titre dépasse 200 caractères");
        assertThat(outcome(() -> publish.publish(admin, command("Sans service", null, new ByteArrayInputStream(PDF)))))
                .startsWith("VALIDATION_FAILED service : ");
        assertThat(store.held()).isZero();
        assertThat(read.all()).isEmpty();
        assertThat(log.between(Instant.EPOCH, Instant.MAX, 10)).isEmpty();
    }

    @Test
    void a_name_without_the_pdf_extension_gets_it() {
        RulesDocument published = publish.publish(admin,
                new PublishRulesDocument.Command("Tarifs", RulesService.GENERAL, "../scan", new ByteArrayInputStream(PDF)));
        assertThat(published.filename()).isEqualTo("scan.pdf");
    }

    @Test
    void withdrawing_removes_the_document_and_its_bytes_for_its_keepers_only() {
        RulesDocument nursery = publish.publish(nurseryAgent, command("Multi-accueil", RulesService.NURSERY, new ByteArrayInputStream(PDF)));

        assertThat(code(() -> withdraw.withdraw(schoolAgent, nursery.id()))).isEqualTo("FORBIDDEN");
        assertThat(code(() -> withdraw.withdraw(parent, nursery.id()))).isEqualTo("FORBIDDEN");
        assertThat(code(() -> withdraw.withdraw(nurseryAgent, RulesDocumentId.random()))).isEqualTo("NOT_FOUND");
        assertThat(read.all()).containsExactly(nursery);

        withdraw.withdraw(nurseryAgent, nursery.id());

        assertThat(read.all()).isEmpty();
        assertThat(store.held()).isZero();
        assertThat(code(() -> read.open(nursery.id()))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> withdraw.withdraw(admin, nursery.id()))).isEqualTo("NOT_FOUND");
        assertThat(log.between(Instant.EPOCH, Instant.MAX, 10)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("RULES_PUBLISHED", "RULES_WITHDRAWN");
    }

    @Test
    void a_withdrawal_whose_file_delete_fails_stands_and_the_clean_up_deletes_the_file_later() throws IOException {
        FlakyStore flaky = new FlakyStore(store);
        InMemoryOrphanFiles orphans = new InMemoryOrphanFiles(town.stores().transactions());
        WithdrawRulesDocument withdrawing = new WithdrawRulesDocument(rules, flaky, town.stores().transactions(), town.audit().trail(),
                orphans, clock);
        DeleteOrphanFiles cleanUp = new DeleteOrphanFiles(orphans, flaky, town.stores().transactions());
        RulesDocument kept = publish.publish(schoolAgent, command("Cantine", RulesService.CANTEEN, new ByteArrayInputStream(PDF)));
        RulesDocument withdrawn = publish.publish(schoolAgent, command("Ancien", RulesService.CANTEEN, new ByteArrayInputStream(PDF)));

        flaky.failing = true;
        assertThat(withdrawing.withdraw(schoolAgent, withdrawn.id())).isEqualTo(withdrawn);

        assertThat(read.all()).containsExactly(kept);
        assertThat(store.held()).as("the orphan's bytes are still there").isEqualTo(2);
        assertThat(orphans.oldest(10)).containsExactly(withdrawn.storageName());
        assertThat(cleanUp.run()).isEqualTo(new DeleteOrphanFiles.Pass(List.of(), List.of(withdrawn.storageName())));
        assertThat(orphans.oldest(10)).as("still failing: left for the next pass").containsExactly(withdrawn.storageName());

        flaky.failing = false;
        assertThat(cleanUp.run()).isEqualTo(new DeleteOrphanFiles.Pass(List.of(withdrawn.storageName()), List.of()));
        assertThat(orphans.oldest(10)).isEmpty();
        assertThat(store.held()).isEqualTo(1);
        try (InputStream in = read.open(kept.id()).content()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(cleanUp.run()).isEqualTo(new DeleteOrphanFiles.Pass(List.of(), List.of()));
    }

    @Test
    void a_withdrawal_whose_delete_works_leaves_no_orphan_listed() {
        InMemoryOrphanFiles orphans = new InMemoryOrphanFiles(town.stores().transactions());
        WithdrawRulesDocument withdrawing = new WithdrawRulesDocument(rules, store, town.stores().transactions(), town.audit().trail(),
                orphans, clock);
        RulesDocument published = publish.publish(schoolAgent, command("Cantine", RulesService.CANTEEN, new ByteArrayInputStream(PDF)));

        withdrawing.withdraw(schoolAgent, published.id());

        assertThat(store.held()).isZero();
        assertThat(orphans.oldest(10)).isEmpty();
    }

    /** The document store with deletes that fail while {@code failing} is set, as on a full or read-only disk. */
    private static final class FlakyStore implements DocumentStore {
        private final DocumentStore store;
        volatile boolean failing;

        FlakyStore(DocumentStore store) {
            this.store = store;
        }

        @Override
        public String store(InputStream content, long maxBytes) throws IOException {
            return store.store(content, maxBytes);
        }

        @Override
        public InputStream open(String storageName) throws IOException {
            return store.open(storageName);
        }

        @Override
        public void delete(String storageName) throws IOException {
            if (failing) {
                throw new IOException("Read-only file system");
            }
            store.delete(storageName);
        }
    }
}
