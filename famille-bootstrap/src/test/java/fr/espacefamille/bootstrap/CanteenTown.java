package fr.espacefamille.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.account.JdbiAccounts;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * A town set up through the API for the canteen's end-to-end tests: two schools, the 2026-2027
 * school year (Toussaint holidays, a closure on Friday 18 September), the Martin family (Léa at
 * Pasteur, enrolled in the canteen) and the Nguyen family (Malo at Pasteur, not enrolled), and a
 * signed-in parent for each. Parents' accounts are written straight into the database: account
 * activation is another feature's endpoint.
 */
final class CanteenTown {

    static final String CLOCK = "2026-09-07T08:00:00+02:00";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The portal the town lives on; a test that restarts it sets the new one here. */
    TestPortal portal;
    final String agent;
    final String pasteur;
    final String prevert;
    final String martin;
    final Login claireLogin;
    final String lea;
    final String nguyen;
    final String malo;
    final String claire;
    final String helene;

    CanteenTown(TestPortal portal) {
        this.portal = portal;
        agent = portal.agent("SCHOOL_AGENT");
        pasteur = created(portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Louis Pasteur")));
        prevert = created(portal.call("POST", "/api/v1/admin/schools", agent, Map.of("name", "École Jacques; \"Prévert\"")));
        expect(portal.call("PUT", "/api/v1/admin/school-years/2026-2027", agent, Map.of("start", "2026-09-01", "end", "2027-07-03",
                "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"),
                "holidays", List.of(Map.of("from", "2026-10-17", "to", "2026-11-01", "label", "Toussaint")),
                "closures", List.of("2026-09-18"))), 200);
        JsonNode martinFamily = family("Martin", "Léa", pasteur);
        martin = martinFamily.get("id").asText();
        lea = martinFamily.get("children").get(0).get("id").asText();
        JsonNode nguyenFamily = family("Nguyen", "Malo", pasteur);
        nguyen = nguyenFamily.get("id").asText();
        malo = nguyenFamily.get("children").get(0).get("id").asText();
        expect(portal.call("POST", "/api/v1/admin/children/" + lea + "/enrolments", agent,
                Map.of("service", "CANTEEN", "schoolYear", "2026-2027")), 201);
        claireLogin = parentAccount(portal, martin, martinFamily.get("guardians").get(0).get("id").asText());
        claire = portal.signIn(claireLogin.username(), claireLogin.password());
        helene = parent(portal, nguyen, nguyenFamily.get("guardians").get(0).get("id").asText());
    }

    private JsonNode family(String name, String child, String school) {
        var r = portal.call("POST", "/api/v1/admin/families", agent, Map.of("name", name, "resident", true,
                "address", Map.of("line1", "1 rue de la Loire", "postcode", "44480", "city", "Donges"),
                "guardians", List.of(Map.of("firstName", "Camille", "lastName", name)),
                "children", List.of(Map.of("firstName", child, "lastName", name, "birthDate", "2018-03-14", "schoolId", school))));
        expect(r, 201);
        return r.json();
    }

    /** A new family with one child at Pasteur, not enrolled: the child's id. */
    String newPupil(String familyName, String firstName) {
        return family(familyName, firstName, pasteur).get("children").get(0).get("id").asText();
    }

    static String created(TestPortal.Response r) {
        expect(r, 201);
        return r.json().get("id").asText();
    }

    static TestPortal.Response expect(TestPortal.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + r.status() + ": " + r.body());
        }
        return r;
    }

    /** A parent's credentials. */
    record Login(String username, String password) {
    }

    /** A parent account for the guardian, signed in: its bearer token (also the pages' session cookie). */
    static String parent(TestPortal portal, String family, String guardian) {
        Login login = parentAccount(portal, family, guardian);
        return portal.signIn(login.username(), login.password());
    }

    /** A parent account for the guardian, written straight into the portal's database. */
    static Login parentAccount(TestPortal portal, String family, String guardian) {
        Login login = new Login("parent-" + UUID.randomUUID().toString().substring(0, 8), "Parent-" + UUID.randomUUID());
        try (Database db = portal.database()) {
            new JdbiAccounts(db.context()).add(new Account(AccountId.random(), new Username(login.username()),
                    login.username() + "@example.fr", TestPortal.PASSWORDS.hash(login.password()), Role.PARENT,
                    new GuardianId(UUID.fromString(guardian)), new FamilyId(UUID.fromString(family)), Instant.now()));
        }
        return login;
    }

    /** A multipart/form-data body: text fields, then one file. */
    record Multipart(String boundary, byte[] bytes) {
        static Multipart of(Map<String, String> fields, String fileField, String filename, byte[] content) {
            String boundary = "----famille" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                for (var field : fields.entrySet()) {
                    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                if (fileField != null) {
                    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    out.write(content);
                    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Multipart(boundary, out.toByteArray());
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }

    /** Sends a request with any body and headers (multipart uploads, page forms with cookies). */
    static TestPortal.Response send(TestPortal portal, String method, String path, Map<String, String> headers, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<byte[]> response = portal.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new TestPortal.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends an upload meant to be refused as too large. Jetty answers as soon as the limit is hit
     * and may close the connection while the client is still writing the last bytes, which the
     * client then sees as a closed connection instead of the answer: such a send is tried again, a
     * few times; the answer must still come, and be the refusal.
     */
    static TestPortal.Response sendOversized(java.util.function.Supplier<TestPortal.Response> send) {
        UncheckedIOException closed = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return send.get();
            } catch (UncheckedIOException e) {
                closed = e;
            }
        }
        throw closed;
    }

    TestPortal.Response upload(String token, String kind, String filename, byte[] content) {
        Multipart body = Multipart.of(Map.of("kind", kind), "file", filename, content);
        return send(portal, "POST", "/api/v1/documents", Map.of("Authorization", "Bearer " + token, "Content-Type", body.contentType()),
                body.bytes());
    }
}
