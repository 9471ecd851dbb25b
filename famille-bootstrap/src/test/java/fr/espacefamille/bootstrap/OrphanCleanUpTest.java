package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.document.JdbiOrphanFiles;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.application.document.DeleteOrphanFiles;
import fr.espacefamille.application.shared.Secrets;

/**
 * The wired clean-up job: a file listed as orphan (as a withdrawal whose delete failed leaves it)
 * is deleted from the portal's documents folder, and the published documents are left alone.
 */
class OrphanCleanUpTest {

    @Test
    void the_portal_s_clean_up_deletes_a_listed_orphan_from_the_documents_folder_and_nothing_else() throws Exception {
        try (TestPortal portal = TestPortal.h2("2026-08-25T10:00:00+02:00")) {
            String agent = portal.agent("SCHOOL_AGENT");
            String kept = RulesApiTest.publish(portal, agent, "Règlement", "CANTEEN", "reglement.pdf", RulesApiTest.PDF).json()
                    .get("id").asText();
            String orphan = Secrets.newToken();
            Path file = Files.createDirectories(portal.dataDir().resolve("documents").resolve(orphan.substring(0, 2))).resolve(orphan);
            Files.write(file, RulesApiTest.PDF);
            try (Database database = portal.database()) {
                new JdbiOrphanFiles(database.context()).add(orphan, Instant.parse("2026-08-25T07:00:00Z"));
            }

            assertThat(portal.runOrphanCleanUp()).isEqualTo(new DeleteOrphanFiles.Pass(List.of(orphan), List.of()));

            assertThat(file).doesNotExist();
            assertThat(portal.call("GET", "/api/v1/public/rules/" + kept + "/file", null, null).bytes()).isEqualTo(RulesApiTest.PDF);
            assertThat(portal.runOrphanCleanUp()).isEqualTo(new DeleteOrphanFiles.Pass(List.of(), List.of()));
        }
    }
}
