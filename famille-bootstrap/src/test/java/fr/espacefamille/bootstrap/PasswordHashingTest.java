package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.shared.Database;

/**
 * The portal as {@link Main} starts it stores passwords with OWASP's Argon2id parameters: the in-process
 * test portals hash at a test's cost ({@link TestPortal#PASSWORDS}), so this is where production's are proven.
 */
class PasswordHashingTest {

    @Test
    void the_portal_started_as_in_production_hashes_with_owasp_s_argon2id_parameters() throws Exception {
        String url = TestDatabases.emptyH2Url();
        Map<String, String> env = Map.of("FAMILLE_PORT", "0", "FAMILLE_DB_URL", url, "FAMILLE_DB_USER", "sa", "FAMILLE_DB_PASSWORD", "",
                "FAMILLE_ADMIN_PASSWORD", TestPortal.ADMIN_PASSWORD, "FAMILLE_CLOCK", "2026-09-07T08:00:00+02:00",
                "FAMILLE_DATA_DIR", Folders.temporary("famille-hash").toString());
        try (EspaceFamille portal = EspaceFamille.start(Config.fromEnvironment(env)); Database db = Database.start(url, "sa", "")) {
            String hash = db.jdbi().withHandle(handle -> handle.createQuery("SELECT password_hash FROM accounts WHERE username = 'admin'")
                    .mapTo(String.class).one());
            assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }
}
