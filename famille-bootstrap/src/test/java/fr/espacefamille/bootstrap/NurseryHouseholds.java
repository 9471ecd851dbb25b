package fr.espacefamille.bootstrap;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * Households for the nursery's end-to-end tests, created by staff through the API. Their parents
 * sign in over the API; the accounts themselves are stored directly, account activation being the
 * accounts feature's route.
 */
final class NurseryHouseholds {

    static final String PASSWORD = "Bout-dchou-Donges-2026";

    /** A family with one child, signed in as its first guardian. */
    record Household(String familyId, String childId, String token, String email, String username) {
    }

    private final TestPortal portal;
    private final String staff;
    private final String passwordHash;

    NurseryHouseholds(TestPortal portal, String staff) {
        this.portal = portal;
        this.staff = staff;
        this.passwordHash = portal.core().passwordHasher().hash(PASSWORD);
    }

    /** A family named {@code name} whose child is registered for occasional care from September 2026 to June 2027. */
    Household occasional(String name) {
        Household household = create(name);
        expect(201, portal.call("POST", "/api/v1/admin/children/" + household.childId() + "/enrolments", staff,
                Map.of("service", "NURSERY_OCCASIONAL", "from", "2026-09-01", "to", "2027-06-30")));
        return household;
    }

    Household create(String name) {
        String email = name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.fr";
        TestPortal.Response created = expect(201, portal.call("POST", "/api/v1/admin/families", staff, Map.of(
                "name", name, "resident", true,
                "address", Map.of("line1", "12 rue de la Loire", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Claire", "lastName", name, "email", email)),
                "children", List.of(Map.of("firstName", "Tom", "lastName", name, "birthDate", "2024-06-02")))));
        JsonNode body = created.json();
        String familyId = body.get("id").asText();
        String guardianId = body.get("guardians").get(0).get("id").asText();
        String username = "parent-" + UUID.randomUUID().toString().substring(0, 8);
        portal.core().accounts().add(new Account(AccountId.random(), new Username(username), email, passwordHash, Role.PARENT,
                new GuardianId(UUID.fromString(guardianId)), new FamilyId(UUID.fromString(familyId)), Instant.parse("2026-08-01T00:00:00Z")));
        return new Household(familyId, body.get("children").get(0).get("id").asText(), portal.signIn(username, PASSWORD), email, username);
    }

    static TestPortal.Response expect(int status, TestPortal.Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
