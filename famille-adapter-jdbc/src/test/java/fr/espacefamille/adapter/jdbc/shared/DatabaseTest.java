package fr.espacefamille.adapter.jdbc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.espacefamille.adapter.jdbc.family.JdbiSchools;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_h2_file_in_the_data_folder_keeps_its_rows_across_restarts() {
        School school = new School(SchoolId.random(), "École Jules Ferry", null);
        try (Database database = Database.start(Database.h2FileUrl(dataDir), "sa", "")) {
            new JdbiSchools(database.context()).add(school);
        }

        try (Database restarted = Database.start(Database.h2FileUrl(dataDir), "sa", "")) {
            assertThat(new JdbiSchools(restarted.context()).byId(school.id())).contains(school);
        }
        assertThat(dataDir.resolve("famille.mv.db")).exists();
    }
}
