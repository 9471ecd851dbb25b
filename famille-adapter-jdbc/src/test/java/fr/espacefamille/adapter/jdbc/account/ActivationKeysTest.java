package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static fr.espacefamille.adapter.jdbc.Fixtures.family;
import static fr.espacefamille.adapter.jdbc.Fixtures.guardian;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.ActivationKeys;
import fr.espacefamille.application.account.ActivationKeys.StoredKey;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/** What every {@link ActivationKeys} store does. */
abstract class ActivationKeysContract extends StoreContract {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 11, 30);

    private FamilyId family;
    private GuardianId helene;
    private GuardianId marc;

    ActivationKeysContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void twoGuardians() {
        Family dupre = family("Dupré", List.of(guardian("Hélène", "Dupré", null), guardian("Marc", "Dupré", null)), List.of());
        backend.families().add(dupre);
        family = dupre.id();
        helene = dupre.guardians().get(0).id();
        marc = dupre.guardians().get(1).id();
    }

    private ActivationKeys keys() {
        return backend.activationKeys();
    }

    @Test
    void finds_a_live_key_by_digest_and_by_guardian() {
        StoredKey key = new StoredKey(helene, family, "digest-h1", EXPIRES, NOW);
        keys().replace(key);
        keys().replace(new StoredKey(marc, family, "digest-m1", EXPIRES, NOW));

        assertThat(keys().byDigest("digest-h1")).contains(key);
        assertThat(keys().ofGuardian(helene)).contains(key);
        assertThat(keys().byDigest("digest-zz")).isEmpty();
        assertThat(keys().ofGuardian(GuardianId.random())).isEmpty();
    }

    @Test
    void a_new_key_kills_the_previous_one() {
        keys().replace(new StoredKey(helene, family, "digest-h1", EXPIRES, NOW));
        StoredKey reissued = new StoredKey(helene, family, "digest-h2", EXPIRES.plusDays(1), NOW.plusSeconds(86_400));

        keys().replace(reissued);

        assertThat(keys().byDigest("digest-h1")).isEmpty();
        assertThat(keys().byDigest("digest-h2")).contains(reissued);
        assertThat(keys().ofGuardian(helene)).contains(reissued);
    }

    @Test
    void a_consumed_key_is_gone_and_other_guardians_keys_stay() {
        keys().replace(new StoredKey(helene, family, "digest-h1", EXPIRES, NOW));
        keys().replace(new StoredKey(marc, family, "digest-m1", EXPIRES, NOW));

        assertThat(keys().consume("digest-h1")).isTrue();

        assertThat(keys().byDigest("digest-h1")).isEmpty();
        assertThat(keys().ofGuardian(helene)).isEmpty();
        assertThat(keys().ofGuardian(marc)).isPresent();
    }

    @Test
    void a_key_is_consumed_once_and_a_killed_key_cannot_consume_its_successor() {
        keys().replace(new StoredKey(helene, family, "digest-h1", EXPIRES, NOW));
        keys().replace(new StoredKey(helene, family, "digest-h2", EXPIRES, NOW));

        assertThat(keys().consume("digest-h1")).isFalse();
        assertThat(keys().ofGuardian(helene)).isPresent();
        assertThat(keys().consume("digest-h2")).isTrue();
        assertThat(keys().consume("digest-h2")).isFalse();
    }
}
