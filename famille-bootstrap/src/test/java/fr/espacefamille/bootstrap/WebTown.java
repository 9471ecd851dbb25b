package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.espacefamille.bootstrap.PaymentTown.Billed;
import fr.espacefamille.bootstrap.PlainBrowser.Page;

/**
 * A town where every kind of page has something to show — a billed family, a family paying by direct debit
 * with its month's file, a rules document, an applicant's school request, the commission's grid, a
 * pre-registration and an open session — and the crawler that walks its links. The parents' and the staff's
 * page tests each start one, so that the two run side by side in the build's two test processes.
 */
final class WebTown implements AutoCloseable {

    static final String APPLICANT = "web.demandeur";
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"(/[^\"#]*)");
    private static final int MAX_PAGES = 400;

    final BillingTown town;
    final PaymentTown payments;
    final Billed billed;
    final String nurseryRequest;
    final String session;
    /** The links the crawler found to answer HTML (not PDF, CSV or other files). */
    private final Set<String> webPages = new LinkedHashSet<>();
    /** The crawls made, by who made them and where they started. */
    private final Map<String, Set<String>> crawls = new LinkedHashMap<>();

    WebTown() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        town.demoTariffs();
        payments = new PaymentTown(town);
        billed = payments.billed("Garnier", "2026-09");
        // a family paying by direct debit and a month's file, so that the direct-debit pages have something to show
        BillingTown.CreatedFamily debited = town.family("Prelevement", 450, true, null, 1);
        expect(201, town.portal.call("POST", "/api/v1/mandates", town.parent(debited, "prelevement.web"), Map.of("regie", "SCHOOL",
                "holder", "Camille Prélèvement", "iban", "FR7630006000011234567890189", "consent", true)));
        town.meals(debited.child(0), java.time.LocalDate.of(2026, 8, 3), 2, fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL);
        expect(201, town.portal.call("POST", "/api/v1/admin/billing-runs/" + town.run("SCHOOL", "2026-08", true).get("id").asText()
                + "/direct-debit-file", town.finance, null));
        expect(201, RulesApiTest.publish(town.portal, town.portal.admin(), "Règlement de la cantine", "CANTEEN", "cantine.pdf",
                RulesApiTest.PDF));
        // an applicant's enrolment request, so that the request pages of the family and of staff have something to show
        expect(200, town.portal.call("PUT", "/api/v1/admin/enrolment-campaigns/2027-2028", town.portal.admin(),
                Map.of("opensOn", "2026-09-01", "closesOn", "2026-12-31")));
        String applicant = ApplicantAccountTest.confirmedApplicant(town.portal, APPLICANT);
        expect(201, town.portal.call("POST", "/api/v1/school-requests", applicant,
                SchoolRequestApiTest.body(town.portal, applicant, "Inès", "12 rue de la Loire", "2026-09-15")));
        // the commission (§9): a grid, the Garnier family's pre-registration and an open session that invites it to confirm
        expect(200, town.portal.call("PUT", "/api/v1/admin/nursery/grid", town.portal.admin(), Map.of("validFrom", "2026-01-01",
                "criteria", List.of(Map.of("code", "RESIDENT", "label", "Le foyer réside dans la commune", "points", 300),
                        Map.of("code", "ALL_PARENTS_WORKING", "label", "Chaque parent du foyer travaille", "points", 40)))));
        nurseryRequest = expect(201, town.portal.call("POST", "/api/v1/nursery-requests", billed.parent(), Map.of(
                "child", Map.of("firstName", "Lou", "lastName", "Garnier", "birthDate", "2026-05-04"), "wishedStart", "2027-01-04",
                "schedule", Map.of("MONDAY", Map.of("start", "08:30", "end", "17:30")), "answers", Map.of("ALL_PARENTS_WORKING", true))))
                .json().get("id").asText();
        session = expect(201, town.portal.call("POST", "/api/v1/admin/nursery/sessions", town.portal.admin(), Map.of("date", "2026-10-20",
                "startFrom", "2027-01-01", "startTo", "2027-03-31", "confirmBy", "2026-10-15",
                "places", Map.of("BABY", 2, "MIDDLE", 0, "TODDLER", 0)))).json().get("id").asText();
    }

    @Override
    public void close() {
        town.close();
    }

    PlainBrowser signedIn(String login, String password) {
        PlainBrowser browser = new PlainBrowser(town.portal);
        browser.get("/connexion");
        Page answer = browser.post("/connexion", Map.of("login", login, "password", password));
        assertThat(answer.status()).as("sign-in of " + login).isEqualTo(303);
        return browser;
    }

    /** The billed family's parent, signed in without a browser. */
    PlainBrowser parent() {
        return signedIn(billed.email(), BillingTown.PASSWORD);
    }

    PlainBrowser admin() {
        return signedIn("admin", TestPortal.ADMIN_PASSWORD);
    }

    /** A new agent of that role, signed in without a browser. */
    PlainBrowser agent(String role) {
        String username = "web-" + role.toLowerCase();
        String password = "Agent-Web-2026-" + role;
        expect(201, town.portal.call("POST", "/api/v1/admin/agents", town.portal.admin(),
                Map.of("username", username, "password", password, "email", username + "@mairie.example.fr", "role", role)));
        return signedIn(username, password);
    }

    /** Signs the browser in through the sign-in page, as a person would. */
    void signIn(Browser browser, String login, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/connexion").type("#login", login).type("#password", password).click("form.form button[type=submit]");
    }

    /** Opens, in the browser, the first web page of each route shape (ids and query strings aside); answers the shapes seen. */
    Set<String> visitEachKind(Browser browser, Set<String> links) {
        Set<String> shapes = new LinkedHashSet<>();
        for (String link : links) {
            String shape = link.replaceAll("\\?.*", "").replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}");
            if (!webPages.contains(link) || !shapes.add(shape)) {
                continue;
            }
            browser.open(link);
        }
        return shapes;
    }

    /**
     * The internal links reachable from {@code start} by {@code who} signed in as {@code as} gives ({@link #crawl}), crawled
     * once for this town: the link checker and the browser's visit of each kind of page read the same links.
     */
    Set<String> links(String who, Supplier<PlainBrowser> as, String start) {
        String crawl = who + " " + start;
        Set<String> links = crawls.get(crawl);
        if (links == null) {
            links = crawl(as.get(), start);
            crawls.put(crawl, links);
        }
        return links;
    }

    /** Visits every internal link reachable from {@code start}, asserting each answers 200 (after its redirects), and answers them. */
    private Set<String> crawl(PlainBrowser browser, String start) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> failures = new LinkedHashMap<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {start, "(départ)"});
        seen.add(start);
        while (!queue.isEmpty() && seen.size() <= MAX_PAGES) {
            String[] next = queue.poll();
            Page page = browser.get(next[0]);
            for (int hops = 0; page.status() / 100 == 3 && page.location() != null && page.location().startsWith("/") && hops < 5; hops++) {
                page = browser.get(page.location());
            }
            if (page.status() != 200) {
                failures.put(next[0], page.status() + " (lien trouvé sur " + next[1] + ")");
                continue;
            }
            if (!page.contentType().startsWith("text/html")) {
                continue;
            }
            webPages.add(next[0]);
            Matcher links = LINK.matcher(page.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.contains("deconnexion") && seen.add(link)) {
                    queue.add(new String[] {link, next[0]});
                }
            }
        }
        assertThat(failures).as("links not answering 200 from " + start).isEmpty();
        assertThat(seen.size()).as("pages visited from " + start).isLessThanOrEqualTo(MAX_PAGES + 1);
        return seen;
    }
}
