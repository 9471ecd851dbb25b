package fr.espacefamille.application.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change made by a person: who, when, what (an action name such as {@code FAMILY_CREATED}),
 * on what, and the state before and after as short JSON-like text. Never holds a secret.
 */
public record AuditEntry(Instant at, String actor, String action, String target, String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }
}
