package fr.espacefamille.application.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * Out-port: the live activation key of each guardian (with the guardian's family, so that an
 * activation knows where the account belongs), kept only as a digest.
 */
public interface ActivationKeys {

    record StoredKey(GuardianId guardian, FamilyId family, String digest, LocalDate expiresOn, Instant issuedAt) {
    }

    /** Stores the guardian's new key, killing any previous one. */
    void replace(StoredKey key);

    Optional<StoredKey> byDigest(String digest);

    Optional<StoredKey> ofGuardian(GuardianId guardian);

    /**
     * Removes the key with this digest: a key works once. True only for the one caller that removed
     * it, so that two activations racing with the same key cannot both succeed.
     */
    boolean consume(String digest);
}
