package fr.espacefamille.application.inmemory;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.privacy.FamilyRecords;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;

/**
 * In-memory {@link FamilyRecords} over the stores an in-memory portal keeps a family in: the
 * family, its guardians and children, their accounts, enrolments and documents.
 */
public final class InMemoryFamilyRecords implements FamilyRecords {

    private final Families families;
    private final Accounts accounts;
    private final Enrolments enrolments;
    private final Documents documents;

    public InMemoryFamilyRecords(Families families, Accounts accounts, Enrolments enrolments, Documents documents) {
        this.families = families;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.documents = documents;
    }

    @Override
    public void export(FamilyId id, Sink sink) {
        Family family = families.byId(id).orElseThrow();
        sink.records("families", rows(Stream.of(record("id", family.id().value(), "name", family.name(),
                "address", family.address().oneLine(), "resident", family.resident(), "paperless", family.paperless()))));
        sink.records("guardians", rows(family.guardians().stream().map(g -> record("id", g.id().value(), "first_name", g.firstName(),
                "last_name", g.lastName(), "email", g.email(), "phone", g.phone()))));
        sink.records("children", rows(family.children().stream().map(c -> record("id", c.id().value(), "first_name", c.firstName(),
                "last_name", c.lastName(), "birth_date", c.birthDate()))));
        sink.records("accounts", rows(family.guardians().stream().flatMap(g -> accounts.byGuardian(g.id()).stream())
                .map(a -> record("id", a.id().value(), "username", a.username().value(), "email", a.email(), "created_at", a.createdAt()))));
        List<Child> children = family.children();
        sink.records("enrolments", rows(enrolments.ofChildren(children.stream().map(Child::id).toList()).stream()
                .map(e -> record("id", e.id().value(), "child_id", e.child().value(), "service", e.service().name(),
                        "from_date", e.from(), "to_date", e.to()))));
        sink.records("documents", rows(documents.ofFamily(id).stream().map(d -> record("id", d.id().value(), "kind", d.kind().name(),
                "filename", d.filename(), "content_type", d.contentType(), "size_bytes", d.sizeBytes(), "uploaded_at", d.uploadedAt()))));
    }

    private static Iterator<Map<String, Object>> rows(Stream<Map<String, Object>> records) {
        return records.iterator();
    }

    private static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }
}
