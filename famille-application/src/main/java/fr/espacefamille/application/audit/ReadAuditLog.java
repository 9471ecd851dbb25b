package fr.espacefamille.application.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;

/**
 * Administrators read the audit log between two dates (both included, Europe/Paris).
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}.
 */
public final class ReadAuditLog {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int LIMIT = 10_000;

    private final AuditLog log;

    public ReadAuditLog(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> read(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.ADMIN);
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", "la date de fin précède la date de début");
        }
        return log.between(from.atStartOfDay(PARIS).toInstant(), to.plusDays(1).atStartOfDay(PARIS).toInstant(), LIMIT);
    }
}
