package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.domain.account.ActivationKey;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * Makes a guardian's activation key and stores its digest; the key itself is returned once, to
 * be printed. The caller provides the transaction.
 */
public final class ActivationKeyIssuer {

    /** A key issued to a guardian: shown and printed now, only its hash is kept. */
    public record KeyIssued(GuardianId guardian, ActivationKey key, LocalDate expiresOn) {
    }

    private final ActivationKeys keys;
    private final Audit audit;
    private final Clock clock;

    public ActivationKeyIssuer(ActivationKeys keys, Audit audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public KeyIssued issue(Actor actor, FamilyId family, GuardianId guardian) {
        ActivationKey key = ActivationKey.generate(Secrets.random());
        LocalDate expiresOn = ActivationKey.expiresOn(LocalDate.now(clock));
        keys.replace(new ActivationKeys.StoredKey(guardian, family, digest(key), expiresOn, clock.instant()));
        audit.record(actor, "ACTIVATION_KEY_ISSUED", guardian, null, AuditJson.of("expiresOn", expiresOn));
        return new KeyIssued(guardian, key, expiresOn);
    }

    public static String digest(ActivationKey key) {
        return Secrets.digest("activation-key:" + key.value());
    }
}
