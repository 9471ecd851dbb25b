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
    /** The largest page, and the page when none is asked for (what the log answered before paging). */
    public static final int MAX_PAGE_SIZE = 10_000;

    /** One page of entries and whether another follows. */
    public record Page(List<AuditEntry> entries, boolean hasNext) {
    }

    private final AuditLog log;

    public ReadAuditLog(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> read(Actor actor, LocalDate from, LocalDate to) {
        return read(actor, from, to, 1, MAX_PAGE_SIZE).entries();
    }

    /** Page {@code page} (from 1) of {@code size} entries (1 to {@value #MAX_PAGE_SIZE}), oldest first. */
    public Page read(Actor actor, LocalDate from, LocalDate to, int page, int size) {
        actor.require(Role.ADMIN);
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", "la date de fin précède la date de début");
        }
        if (page < 1) {
            throw Refusals.invalid("page", "la première page est la page 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Refusals.invalid("size", "entre 1 et " + MAX_PAGE_SIZE + " lignes par page");
        }
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE - size - 1) {
            throw Refusals.invalid("page", "page trop lointaine");
        }
        List<AuditEntry> read = log.between(from.atStartOfDay(PARIS).toInstant(), to.plusDays(1).atStartOfDay(PARIS).toInstant(),
                (int) offset, size + 1);
        return new Page(read.subList(0, Math.min(size, read.size())), read.size() > size);
    }
}
