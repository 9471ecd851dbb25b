package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.domain.account.Role;

/**
 * Issue #13: the staff pages declare who may open them where they are registered, as the staff API
 * does, and that is checked before the form is read: a parent or a staff member of another service
 * gets the 403 page even for a form that would be refused field by field (422); a signed-out visitor
 * is sent to the sign-in page as before.
 */
class StaffPageRolesTest {

    static TestPortal portal;
    static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    static String family;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2("2026-09-07T08:00:00+02:00");
        for (Role role : List.of(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT)) {
            TOKENS.put(role, portal.agent(role.name()));
        }
        TOKENS.put(Role.ADMIN, portal.admin());
        // a school year, so that the menu week has service days to refuse a dish without main course on
        CanteenTown.expect(portal.call("PUT", "/api/v1/admin/school-years/2026-2027", portal.admin(), Map.of("start", "2026-09-01",
                "end", "2027-07-03", "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(),
                "closures", List.of())), 200);
        JsonNode created = AccountApiTest.family(portal, TOKENS.get(Role.SCHOOL_AGENT));
        family = created.get("id").asText();
        String username = AccountApiTest.uniqueUsername();
        assertThat(AccountApiTest.activate(portal, AccountApiTest.key(created, 0), username, AccountApiTest.PASSWORD).status()).isEqualTo(201);
        TOKENS.put(Role.PARENT, portal.signIn(username, AccountApiTest.PASSWORD));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /**
     * One page and one form of a feature: who may use them, who may not, and a form its users would
     * have refused (422, the form shown again). The family hub's
     * pages are for every staff member: only its forms are another service's.
     */
    private record Area(String name, String page, String form, Map<String, String> invalid, Role right, Role wrong,
            boolean pageForEveryStaff) {

        Area(String name, String page, String form, Map<String, String> invalid, Role right, Role wrong) {
            this(name, page, form, invalid, right, wrong, false);
        }
    }

    private static List<Area> areas() {
        return List.of(
                new Area("billing", "/agents/facturation/tresor-public", "/agents/facturation", Map.of("regie", "AUCUNE", "month", "septembre"),
                        Role.FINANCE_AGENT, Role.SCHOOL_AGENT),
                new Area("family hub", "/agents/familles/" + family, "/agents/familles/" + family + "/enfants", Map.of("childFirst", ""),
                        Role.SCHOOL_AGENT, Role.FINANCE_AGENT, true),
                new Area("canteen", "/agents/cantine", "/agents/cantine/annees", Map.of("annee", "l'an prochain"),
                        Role.SCHOOL_AGENT, Role.NURSERY_AGENT),
                new Area("nursery", "/agents/creche", "/agents/creche/parametres", Map.of("places", "900"),
                        Role.NURSERY_AGENT, Role.SCHOOL_AGENT),
                new Area("commission", "/agents/creche/commission", "/agents/creche/commission/sessions", Map.of("date", "bientôt"),
                        Role.NURSERY_AGENT, Role.FINANCE_AGENT),
                new Area("menus", "/agents/cantine/menus", "/agents/cantine/menus", Map.of("semaine", "2026-09-07", "starter-2026-09-08", "Melon"),
                        Role.SCHOOL_AGENT, Role.NURSERY_AGENT),
                // posted without a file (not even multipart): the form again, asking for one
                new Area("rules", "/agents/reglements", "/agents/reglements", Map.of("title", ""),
                        Role.SCHOOL_AGENT, Role.FINANCE_AGENT),
                new Area("news", "/agents/actualites", "/agents/actualites", Map.of("title", "", "publishedOn", "demain"),
                        Role.ADMIN, Role.SCHOOL_AGENT),
                new Area("key letters", "/agents/familles/" + family + "/lettres-de-cle", null, Map.of(),
                        Role.SCHOOL_AGENT, Role.FINANCE_AGENT),
                new Area("school requests", "/agents/inscriptions", "/agents/inscriptions/campagnes", Map.of("schoolYear", "bientôt"),
                        Role.SCHOOL_AGENT, Role.NURSERY_AGENT),
                new Area("tariffs", "/agents/tarifs", "/agents/tarifs/cantine", Map.of("canteenFrom", "demain"),
                        Role.FINANCE_AGENT, Role.SCHOOL_AGENT),
                new Area("direct debits", "/agents/prelevements", "/agents/prelevements/fichiers", Map.of("run", "aucun"),
                        Role.FINANCE_AGENT, Role.NURSERY_AGENT));
    }

    @Test
    void each_feature_s_pages_refuse_parents_and_other_services_before_reading_the_form() {
        SoftAssertions softly = new SoftAssertions();
        for (Area area : areas()) {
            TestPortal.Response opened = portal.page(area.page(), TOKENS.get(area.right()));
            softly.assertThat(opened.status()).as(area.name() + ": " + area.right() + " opens " + area.page()).isEqualTo(200);
            assertRefusedAsPage(softly, area.name() + ": parent on " + area.page(), portal.page(area.page(), TOKENS.get(Role.PARENT)));
            TestPortal.Response other = portal.page(area.page(), TOKENS.get(area.wrong()));
            if (area.pageForEveryStaff()) {
                softly.assertThat(other.status()).as(area.name() + ": " + area.wrong() + " opens " + area.page()).isEqualTo(200);
            } else {
                assertRefusedAsPage(softly, area.name() + ": " + area.wrong() + " on " + area.page(), other);
            }
            if (area.form() != null) {
                TestPortal.Response invalid = portal.form(area.form(), TOKENS.get(area.right()), area.invalid());
                softly.assertThat(invalid.status()).as(area.name() + ": " + area.right() + " gets the form back " + invalid.body())
                        .isEqualTo(422);
                for (Role refused : List.of(Role.PARENT, area.wrong())) {
                    assertRefusedAsPage(softly, area.name() + ": " + refused + " posts to " + area.form(),
                            portal.form(area.form(), TOKENS.get(refused), area.invalid()));
                }
            }
        }
        TestPortal.Response billing = portal.page("/agents/facturation", TOKENS.get(Role.SCHOOL_AGENT));
        softly.assertThat(billing.status()).as("other agents answer families about their invoices but do not run billing").isEqualTo(303);
        softly.assertThat(billing.headers().get("location")).containsExactly("/agents/factures");
        softly.assertAll();
    }

    @Test
    void a_signed_out_visitor_is_sent_to_the_sign_in_page_and_a_form_posted_without_a_session_is_refused() {
        TestPortal.Response page = portal.page("/agents/tarifs", null);
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.headers().get("location")).containsExactly("/connexion?retour=%2Fagents%2Ftarifs");

        TestPortal.Response form = portal.form("/agents/tarifs/cantine", null, Map.of("canteenFrom", "demain"));
        assertThat(form.status()).isEqualTo(401);
        assertThat(form.contentType()).startsWith("text/html");
    }

    /**
     * Every staff page declares its roles, and is refused (403 page) to each role it does not serve,
     * a form before it is read; each role it serves reaches the handler (never a 403 from the route).
     */
    @Test
    void every_staff_page_declares_its_roles_and_refuses_the_others() {
        Map<String, List<Role>> pages = new TreeMap<>(portal.routeRoles());
        pages.keySet().removeIf(route -> !route.endsWith(" /agents") && !route.contains(" /agents/"));
        assertThat(pages).hasSizeGreaterThan(100).allSatisfy((route, roles) -> assertThat(roles).as(route).isNotEmpty());
        assertThat(pages).as("the use cases' own checks, read at the routes")
                .containsEntry("GET /agents", List.of(Role.ADMIN, Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT))
                .containsEntry("POST /agents/tarifs/cantine", List.of(Role.FINANCE_AGENT))
                .containsEntry("POST /agents/familles/{id}/enfants", List.of(Role.SCHOOL_AGENT, Role.NURSERY_AGENT))
                .containsEntry("POST /agents/actualites", List.of(Role.ADMIN))
                .containsEntry("GET /agents/creche/taux-facturation", List.of(Role.NURSERY_AGENT, Role.FINANCE_AGENT));

        SoftAssertions softly = new SoftAssertions();
        int refusals = 0;
        for (var route : pages.entrySet()) {
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getKey().substring(route.getKey().indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (var token : TOKENS.entrySet()) {
                Role role = token.getKey();
                TestPortal.Response answer = method.equals("GET") ? portal.page(path, token.getValue())
                        : portal.form(path, token.getValue(), Map.of("date", "pas une date"));
                String what = role + " " + route.getKey();
                if (role.isStaff() && role.mayActAs(route.getValue().toArray(Role[]::new))) {
                    softly.assertThat(answer.status()).as(what + " " + answer.body()).isNotEqualTo(403).isLessThan(500);
                } else {
                    refusals++;
                    assertRefusedAsPage(softly, what, answer);
                }
            }
        }
        softly.assertAll();
        assertThat(refusals).as("staff refused somewhere, beside the parent everywhere").isGreaterThan(2 * pages.size());
    }

    private static void assertRefusedAsPage(SoftAssertions softly, String what, TestPortal.Response answer) {
        softly.assertThat(answer.status()).as(what + " " + answer.body()).isEqualTo(403);
        softly.assertThat(answer.contentType()).as(what).startsWith("text/html");
        softly.assertThat(answer.body()).as(what).contains("Accès refusé");
    }
}
