package fr.espacefamille.adapter.http.account;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.family.MyAccount;
import fr.espacefamille.application.family.PendingAddressChange;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;

/** The JSON shapes of API.md's "Accounts" rows and of the staff's address changes. */
final class AccountJson {

    private AccountJson() {
    }

    record AddressJson(String line1, String line2, String postcode, String city) {

        static AddressJson of(Address address) {
            return new AddressJson(address.line1(), address.line2(), address.postcode(), address.city());
        }

        /** The address, or 400 naming the first missing or malformed part ({@code address.postcode}...). */
        Address toAddress(String field) {
            Web.required(line1, field + ".line1");
            Web.required(postcode, field + ".postcode");
            Web.required(city, field + ".city");
            if (!postcode.strip().matches("\\d{5}")) {
                throw Refusals.invalid(field + ".postcode", "5 chiffres attendus");
            }
            return new Address(line1, line2, postcode.strip(), city);
        }
    }

    record GuardianJson(String id, String firstName, String lastName, String phone, AddressJson address) {
    }

    record FamilyJson(String id, String name, boolean paperless) {
    }

    record PendingAddressJson(String id, String line1, String line2, String postcode, String city,
            String proofDocumentId, Instant requestedAt) {

        static PendingAddressJson of(AddressRequest request) {
            Address a = request.address();
            return new PendingAddressJson(request.id().toString(), a.line1(), a.line2(), a.postcode(), a.city(),
                    request.proofDocument().map(Object::toString).orElse(null), request.requestedAt());
        }
    }

    /** GET /me: guardian, family and pendingAddress only when there are some. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MeJson(String username, Role role, String email, GuardianJson guardian, FamilyJson family,
            PendingAddressJson pendingAddress) {

        static MeJson of(MyAccount mine) {
            Guardian g = mine.guardian();
            Family f = mine.family();
            return new MeJson(mine.account().username().value(), mine.account().role(), mine.account().email(),
                    g == null ? null : new GuardianJson(g.id().toString(), g.firstName(), g.lastName(), g.phone(),
                            AddressJson.of(f.address())),
                    f == null ? null : new FamilyJson(f.id().toString(), f.name(), f.paperless()),
                    mine.pendingAddressChange().map(PendingAddressJson::of).orElse(null));
        }
    }

    record ContactBody(String email, String phone, AddressJson address, String proofDocumentId) {
    }

    record BillingPreferenceBody(Boolean paperless) {
    }

    record AddressChangeJson(String id, String familyId, String familyName, boolean resident, String guardianId,
            String guardianName, AddressJson currentAddress, AddressJson address, String proofDocumentId,
            String proofFilename, Instant requestedAt) {

        static AddressChangeJson of(PendingAddressChange change) {
            AddressRequest r = change.request();
            Family f = change.family();
            return new AddressChangeJson(r.id().toString(), f.id().toString(), f.name(), f.resident(),
                    r.guardian().toString(), change.guardian() == null ? null : change.guardian().fullName(),
                    AddressJson.of(f.address()), AddressJson.of(r.address()),
                    r.proofDocument().map(Object::toString).orElse(null),
                    change.proofDocument().map(Document::filename).orElse(null), r.requestedAt());
        }

        static List<AddressChangeJson> of(List<PendingAddressChange> changes) {
            return changes.stream().map(AddressChangeJson::of).toList();
        }
    }

    record DecisionBody(Boolean resident, String reason) {
    }

    record DecisionJson(String id, AddressRequest.Status status, Instant decidedAt, String decidedBy, String reason) {

        static DecisionJson of(AddressRequest r) {
            return new DecisionJson(r.id().toString(), r.status(), r.decidedAt(), r.decidedBy(), r.refusalReason());
        }
    }
}
