package fr.espacefamille.application.audit;

import java.time.Clock;

import fr.espacefamille.application.shared.Actor;

/** Writes audit entries stamped with the clock and the acting person. */
public final class Audit {

    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(Actor actor, String action, Object target, String before, String after) {
        log.record(new AuditEntry(clock.instant(), actor.username(), action, String.valueOf(target), before, after));
    }
}
