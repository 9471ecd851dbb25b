package fr.espacefamille.bootstrap;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.application.inmemory.InMemoryCanteenConsumption;
import fr.espacefamille.application.inmemory.InMemoryNurseryConsumption;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.family.ChildId;

/**
 * A portal on H2 whose billing reads consumption that the test fills in, with the helpers billing's
 * end-to-end tests share: families created through the API, parents' accounts, pages with cookies.
 */
final class BillingTown implements AutoCloseable {

    /** A family created through the API: its id, its children's ids, its guardians' ids and activation keys. */
    record CreatedFamily(String id, List<String> children, List<String> guardians, List<String> keys) {
        ChildId child(int index) {
            return ChildId.parse(children.get(index)).orElseThrow();
        }
    }

    static final String PASSWORD = "Parent-Donges-2026!";

    final InMemoryCanteenConsumption canteen = new InMemoryCanteenConsumption();
    final InMemoryNurseryConsumption nursery = new InMemoryNurseryConsumption();
    final String dbUrl;
    TestPortal portal;
    final String finance;
    final String schoolAgent;

    BillingTown(String clock) {
        this(clock, fr.espacefamille.adapter.jdbc.TestDatabases.freshH2Url(), "sa", "");
    }

    /** The same town on another database (PostgreSQL, say). */
    BillingTown(String clock, String dbUrl, String user, String password) {
        this.dbUrl = dbUrl;
        portal = TestPortal.start(clock, dbUrl, user, password, (core, canteenFeature, nurseryFeature) -> new BillingFeeds(canteen, nursery));
        finance = portal.agent("FINANCE_AGENT");
        schoolAgent = portal.agent("SCHOOL_AGENT");
    }

    /** The SPEC's demo tariffs from 1 January 2026, set through the API. */
    void demoTariffs() {
        expect(200, portal.call("PUT", "/api/v1/admin/tariffs/canteen", finance, canteenTariff("2026-01-01")));
        expect(200, portal.call("PUT", "/api/v1/admin/tariffs/nursery", finance, nurseryTariff("2026-01-01")));
    }

    static Map<String, Object> canteenTariff(String validFrom) {
        return Map.of("validFrom", validFrom,
                "brackets", List.of(Map.of("maxQuotient", 500, "priceCents", 100), Map.of("maxQuotient", 800, "priceCents", 250),
                        Map.of("maxQuotient", 1200, "priceCents", 340)),
                "defaultPriceCents", 420, "nonResidentPriceCents", 500, "unbookedSurchargeCents", 150);
    }

    static Map<String, Object> nurseryTariff(String validFrom) {
        return Map.of("validFrom", validFrom, "floorCents", 80_100, "ceilingCents", 700_000,
                "effortRates", Map.of("1", 0.000619, "2", 0.000516, "3", 0.000413, "4", 0.000310, "8", 0.000206));
    }

    /** A family created by a school agent through the API, its quotient valid from 1 January 2026. */
    CreatedFamily family(String name, Integer quotient, boolean resident, Long annualResourcesCents, int children) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("resident", resident);
        if (quotient != null) {
            body.put("quotient", quotient);
        }
        if (annualResourcesCents != null) {
            body.put("annualResourcesCents", annualResourcesCents);
        }
        body.put("address", Map.of("line1", "12 rue de la Loire", "postcode", "44480", "city", "Donges"));
        body.put("guardians", List.of(Map.of("firstName", "Camille", "lastName", name, "email", name.toLowerCase() + "@example.fr")));
        List<Map<String, Object>> kids = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            kids.add(Map.of("firstName", "Enfant" + (i + 1), "lastName", name, "birthDate", "2018-03-14"));
        }
        body.put("children", kids);
        JsonNode created = expect(201, portal.call("POST", "/api/v1/admin/families", schoolAgent, body)).json();
        List<String> childIds = new ArrayList<>();
        created.get("children").forEach(c -> childIds.add(c.get("id").asText()));
        List<String> guardianIds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        created.get("guardians").forEach(g -> {
            guardianIds.add(g.get("id").asText());
            keys.add(g.get("activationKey").asText());
        });
        if (quotient != null) {
            // a quotient given at creation applies from that day: the test's months come before it
            expect(200, portal.call("PUT", "/api/v1/admin/families/" + created.get("id").asText() + "/quotient", schoolAgent,
                    Map.of("quotient", quotient, "validFrom", "2026-01-01")));
        }
        return new CreatedFamily(created.get("id").asText(), childIds, guardianIds, keys);
    }

    /** The token of the family's first guardian, who activates their account with the key as {@code username@example.fr}. */
    String parent(CreatedFamily family, String username) {
        expect(201, portal.call("POST", "/api/v1/accounts/activate", null, Map.of("key", family.keys().get(0), "username", username,
                "password", PASSWORD, "email", username + "@example.fr")));
        return portal.signIn(username, PASSWORD);
    }

    void meals(ChildId child, LocalDate first, int days, MealCharge kind) {
        for (int i = 0; i < days; i++) {
            canteen.add(new CanteenDay(child, first.plusDays(i), kind));
        }
    }

    JsonNode run(String regie, String month, boolean issue) {
        return expect(201, portal.call("POST", "/api/v1/admin/billing-runs", finance,
                Map.of("regie", regie, "month", month, "issue", issue))).json();
    }

    /** The invoice of a run made for a family. */
    static String invoiceOf(JsonNode run, CreatedFamily family) {
        for (JsonNode invoice : run.get("invoices")) {
            if (invoice.get("familyId").asText().equals(family.id())) {
                return invoice.get("id").asText();
            }
        }
        throw new AssertionError("no invoice for " + family.id() + " in " + run);
    }

    static TestPortal.Response expect(int status, TestPortal.Response response) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but was " + response.status() + ": " + response.body());
        }
        return response;
    }

    /** A page seen by the holder of {@code token} (the session cookie carries the same token as the API). */
    TestPortal.Response page(String path, String token) {
        return portal.page(path, token);
    }

    /** A form posted from a page, with the CSRF field its cookie expects. */
    TestPortal.Response post(String path, String token, Map<String, String> fields) {
        return portal.form(path, token, fields);
    }

    @Override
    public void close() {
        portal.close();
    }
}
