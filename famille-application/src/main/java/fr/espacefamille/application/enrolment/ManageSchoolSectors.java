package fr.espacefamille.application.enrolment;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.enrolment.SectorMap;
import fr.espacefamille.domain.enrolment.StreetAddress;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Staff upload the school sector map as CSV (replacing the whole map; a bad line changes nothing
 * and is named), read it, and look an address up in it (§8).
 */
public final class ManageSchoolSectors {

    private final SchoolSectors sectors;
    private final Schools schools;
    private final Transactions transactions;
    private final Audit audit;

    public ManageSchoolSectors(SchoolSectors sectors, Schools schools, Transactions transactions, Audit audit) {
        this.sectors = sectors;
        this.schools = schools;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The number of rows taken; VALIDATION_FAILED naming the line of the first bad one. */
    public int upload(Actor actor, String csv) {
        actor.require(Role.SCHOOL_AGENT);
        SectorMap map;
        try {
            map = SectorMap.parse(csv, byName());
        } catch (SectorMap.BadLine bad) {
            throw Refusals.invalid("ligne " + bad.line(), bad.getMessage().substring(bad.getMessage().indexOf(" : ") + 3));
        }
        transactions.run(() -> {
            int before = sectors.current().rows().size();
            sectors.replace(map);
            audit.record(actor, "SCHOOL_SECTORS_REPLACED", "school-sectors", AuditJson.of("rows", before),
                    AuditJson.of("rows", map.rows().size()));
        });
        return map.rows().size();
    }

    public SectorMap current(Actor actor) {
        actor.require(Role.SCHOOL_AGENT);
        return sectors.current();
    }

    /** The sector school of a home address line, if the map has one. */
    public Optional<School> lookup(String line1) {
        return sectors.current().schoolOf(line1 == null ? "" : line1).flatMap(schools::byId);
    }

    /** Schools by name, compared like street names (case, accents, dashes and apostrophes aside). */
    private Function<String, Optional<SchoolId>> byName() {
        Map<String, SchoolId> named = schools.all().stream()
                .collect(Collectors.toMap(s -> StreetAddress.normalise(s.name()), School::id, (a, b) -> a));
        return name -> Optional.ofNullable(named.get(StreetAddress.normalise(name.toLowerCase(Locale.ROOT))));
    }
}
