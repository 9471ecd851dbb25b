package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server's own errors tell the addresses answered to programs from the request target as it arrived. */
class ServerErrorsTest {

    @Test
    void machine_targets_are_told_by_their_path_whatever_their_form() {
        assertThat(ServerErrors.isMachineTarget("/api/v1/children/%zz")).isTrue();
        assertThat(ServerErrors.isMachineTarget("/api/v1?x=%zz")).isTrue();
        assertThat(ServerErrors.isMachineTarget("http://famille.donges.test/api/v1/me")).isTrue();
        assertThat(ServerErrors.isMachineTarget("/paybox/ipn?sign=%zz")).isTrue();
        assertThat(ServerErrors.isMachineTarget("/health/%zz")).isTrue();

        assertThat(ServerErrors.isMachineTarget("/api/v10/x")).isFalse();
        assertThat(ServerErrors.isMachineTarget("/enfants/%zz")).isFalse();
        assertThat(ServerErrors.isMachineTarget("http://famille.donges.test/connexion?retour=/api/v1/me")).isFalse();
        assertThat(ServerErrors.isMachineTarget("")).isFalse();
    }
}
