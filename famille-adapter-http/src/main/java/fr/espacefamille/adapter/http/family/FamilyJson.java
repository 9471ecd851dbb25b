package fr.espacefamille.adapter.http.family;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.EditFamily;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.family.FamilyDetails;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;

/** The JSON shapes of API.md for families. */
final class FamilyJson {

    private FamilyJson() {
    }

    record AddressBody(String line1, String line2, String postcode, String city) {
        Address toAddress(String field) {
            Web.required(line1, field + ".line1");
            Web.required(postcode, field + ".postcode");
            Web.required(city, field + ".city");
            if (!postcode.strip().matches("\\d{5}")) {
                throw fr.espacefamille.application.shared.Refusals.invalid(field + ".postcode", "5 chiffres attendus");
            }
            return new Address(line1, line2, postcode, city);
        }

        static AddressBody of(Address a) {
            return new AddressBody(a.line1(), a.line2(), a.postcode(), a.city());
        }
    }

    record GuardianBody(String firstName, String lastName, String email, String phone) {
    }

    record ChildBody(String firstName, String lastName, LocalDate birthDate, String schoolId, Grade grade) {

        /** The child to add; {@code field} prefixes the names of missing fields ({@code "children[0]."}). */
        CreateFamily.NewChild toNewChild(String field) {
            Web.required(firstName, field + "firstName");
            Web.required(lastName, field + "lastName");
            Web.required(birthDate, field + "birthDate");
            return new CreateFamily.NewChild(firstName, lastName, birthDate,
                    schoolId == null || schoolId.isBlank() ? null
                            : SchoolId.parse(schoolId).orElseThrow(() -> Refusals.invalid(field + "schoolId", "école inconnue")),
                    grade);
        }
    }

    /** {@code PUT /admin/families/{id}}: the whole editable file; no {@code annualResourcesCents} means none declared. */
    record EditFamilyBody(AddressBody address, Boolean resident, Long annualResourcesCents, Integer dependentChildren,
            Boolean disabledChild) {

        EditFamily.Command toCommand() {
            Web.required(address, "address");
            Web.required(resident, "resident");
            Web.required(dependentChildren, "dependentChildren");
            if (annualResourcesCents != null && (annualResourcesCents < 0 || annualResourcesCents > 100_000_000_00L)) {
                throw Refusals.invalid("annualResourcesCents", "doit être compris entre 0 et 10000000000");
            }
            if (dependentChildren < 1 || dependentChildren > 20) {
                throw Refusals.invalid("dependentChildren", "doit être compris entre 1 et 20");
            }
            return new EditFamily.Command(address.toAddress("address"), resident,
                    new Resources(annualResourcesCents == null ? null : Money.ofCents(annualResourcesCents), dependentChildren,
                            Boolean.TRUE.equals(disabledChild)));
        }
    }

    record CreateFamilyBody(String name, AddressBody address, Integer quotient, Long annualResourcesCents,
            Integer dependentChildren, Boolean disabledChild, Boolean resident, List<GuardianBody> guardians,
            List<ChildBody> children) {

        CreateFamily.Command toCommand() {
            Web.required(name, "name");
            Web.required(address, "address");
            Web.required(resident, "resident");
            Web.required(guardians, "guardians");
            if (guardians.isEmpty() || guardians.size() > 2) {
                throw fr.espacefamille.application.shared.Refusals.invalid("guardians", "un ou deux responsables légaux");
            }
            if (quotient != null && quotient < 0) {
                throw fr.espacefamille.application.shared.Refusals.invalid("quotient", "doit être positif");
            }
            if (annualResourcesCents != null && annualResourcesCents < 0) {
                throw fr.espacefamille.application.shared.Refusals.invalid("annualResourcesCents", "doit être positif");
            }
            List<ChildBody> kids = children == null ? List.of() : children;
            for (int i = 0; i < guardians.size(); i++) {
                Web.required(guardians.get(i), "guardians[" + i + "]");
                Web.required(guardians.get(i).firstName(), "guardians[" + i + "].firstName");
                Web.required(guardians.get(i).lastName(), "guardians[" + i + "].lastName");
            }
            List<CreateFamily.NewChild> newChildren = new java.util.ArrayList<>();
            for (int i = 0; i < kids.size(); i++) {
                Web.required(kids.get(i), "children[" + i + "]");
                newChildren.add(kids.get(i).toNewChild("children[" + i + "]."));
            }
            return new CreateFamily.Command(name, address.toAddress("address"), quotient, annualResourcesCents,
                    dependentChildren, disabledChild, resident,
                    guardians.stream().map(g -> new CreateFamily.NewGuardian(g.firstName(), g.lastName(), g.email(), g.phone())).toList(),
                    newChildren);
        }
    }

    record IssuedKeyJson(String id, String activationKey, LocalDate keyExpiresOn) {
    }

    record IdJson(String id) {
    }

    record CreatedFamilyJson(String id, List<IssuedKeyJson> guardians, List<IdJson> children) {
        static CreatedFamilyJson of(CreateFamily.Result result) {
            return new CreatedFamilyJson(result.id().toString(),
                    result.guardians().stream().map(k -> new IssuedKeyJson(k.guardian().toString(), k.key().formatted(), k.expiresOn())).toList(),
                    result.children().stream().map(c -> new IdJson(c.toString())).toList());
        }
    }

    record PersonJson(String id, String firstName, String lastName) {
    }

    record FamilySummaryJson(String id, String name, List<PersonJson> guardians, List<PersonJson> children) {
        static FamilySummaryJson of(Family f) {
            return new FamilySummaryJson(f.id().toString(), f.name(),
                    f.guardians().stream().map(g -> new PersonJson(g.id().toString(), g.firstName(), g.lastName())).toList(),
                    f.children().stream().map(c -> new PersonJson(c.id().toString(), c.firstName(), c.lastName())).toList());
        }
    }

    record GuardianJson(String id, String firstName, String lastName, String email, String phone,
            boolean accountActivated, LocalDate keyExpiresOn, String username) {
        static GuardianJson of(Guardian g, FamilyDetails.GuardianAccess access) {
            return new GuardianJson(g.id().toString(), g.firstName(), g.lastName(), g.email(), g.phone(),
                    access.accountActivated(), access.keyExpiresOn(), access.username());
        }
    }

    record ChildJson(String id, String firstName, String lastName, LocalDate birthDate, String schoolId, Grade grade) {
        static ChildJson of(Child c) {
            return new ChildJson(c.id().toString(), c.firstName(), c.lastName(), c.birthDate(),
                    c.schoolId() == null ? null : c.schoolId().toString(), c.grade());
        }
    }

    record PreferencesJson(boolean paperless) {
    }

    record FamilyJsonView(String id, String name, AddressBody address, boolean resident, Integer quotient,
            List<FamilyQuotient> quotientHistory, Long annualResourcesCents, int dependentChildren, boolean disabledChild,
            List<GuardianJson> guardians, List<ChildJson> children, boolean paperless, PreferencesJson preferences) {
        static FamilyJsonView of(FamilyDetails details, LocalDate today) {
            Family f = details.family();
            var q = f.quotientOn(today);
            return new FamilyJsonView(f.id().toString(), f.name(), AddressBody.of(f.address()), f.resident(),
                    q.isPresent() ? q.getAsInt() : null, f.quotients(),
                    f.resources().declared() ? f.resources().annualResources().cents() : null,
                    f.resources().dependentChildren(), f.resources().disabledChild(),
                    f.guardians().stream().map(g -> GuardianJson.of(g, details.accessOf(g.id()))).toList(),
                    f.children().stream().map(ChildJson::of).toList(), f.paperless(), new PreferencesJson(f.paperless()));
        }
    }

    record QuotientBody(Integer quotient, LocalDate validFrom) {
    }
}
