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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.bootstrap.PaymentTown.Billed;
import fr.espacefamille.bootstrap.PlainBrowser.Page;
import fr.espacefamille.domain.shared.Money;

/**
 * The parents' dashboard and the staff home over real HTTP, and a link checker: every internal
 * link of every page reached from the home (anonymous), the dashboard (a parent) and the staff
 * home (the administrator) answers 200.
 */
class WebPagesTest {

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"(/[^\"#]*)");
    private static final int MAX_PAGES = 400;
    /** The links the crawler found to answer HTML (not PDF, CSV or other files). */
    private static final Set<String> WEB_PAGES = new LinkedHashSet<>();

    static BillingTown town;
    static PaymentTown payments;
    static Billed billed;
    static final String APPLICANT = "web.demandeur";
    static String nurseryRequest;
    static String session;

    @BeforeAll
    static void start() {
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
                "criteria", List.of(Map.of("code", "RESIDENT", "label", "Le foyer réside à Donges", "points", 300),
                        Map.of("code", "ALL_PARENTS_WORKING", "label", "Chaque parent du foyer travaille", "points", 40)))));
        nurseryRequest = expect(201, town.portal.call("POST", "/api/v1/nursery-requests", billed.parent(), Map.of(
                "child", Map.of("firstName", "Lou", "lastName", "Garnier", "birthDate", "2026-05-04"), "wishedStart", "2027-01-04",
                "schedule", Map.of("MONDAY", Map.of("start", "08:30", "end", "17:30")), "answers", Map.of("ALL_PARENTS_WORKING", true))))
                .json().get("id").asText();
        session = expect(201, town.portal.call("POST", "/api/v1/admin/nursery/sessions", town.portal.admin(), Map.of("date", "2026-10-20",
                "startFrom", "2027-01-01", "startTo", "2027-03-31", "confirmBy", "2026-10-15",
                "places", Map.of("BABY", 2, "MIDDLE", 0, "TODDLER", 0)))).json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    private static PlainBrowser signedIn(String login, String password) {
        PlainBrowser browser = new PlainBrowser(town.portal);
        browser.get("/connexion");
        Page answer = browser.post("/connexion", Map.of("login", login, "password", password));
        assertThat(answer.status()).as("sign-in of " + login).isEqualTo(303);
        return browser;
    }

    private static PlainBrowser agent(String role) {
        String username = "web-" + role.toLowerCase();
        String password = "Agent-Web-2026-" + role;
        expect(201, town.portal.call("POST", "/api/v1/admin/agents", town.portal.admin(),
                Map.of("username", username, "password", password, "email", username + "@mairie.example.fr", "role", role)));
        return signedIn(username, password);
    }

    @Test
    void the_dashboard_says_what_is_due_and_then_that_nothing_is() {
        PlainBrowser parent = signedIn(billed.email(), BillingTown.PASSWORD);
        Page dashboard = parent.get("/espace");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Mon foyer", "Garnier", "Cantine", "Multi-accueil", "Mes documents", "Aucun document déposé",
                "Mes coordonnées et identifiants", billed.email(), "Actualités", "Aucune actualité pour l'instant",
                Money.ofCents(300).toFrench() + " à payer avant le 15\u00a0novembre", "href=\"/espace/factures\"",
                "action=\"/espace/factures/" + billed.invoice() + "/payer\"", "Payer " + Money.ofCents(300).toFrench());

        PaymentTown.Attempt attempt = payments.start(billed);
        assertThat(payments.notify(payments.paid(attempt.reference(), attempt.amountCents(), "90001")).status()).isEqualTo(200);
        assertThat(parent.get("/espace").body()).contains("Rien à payer").doesNotContain("/payer\"");
    }

    @Test
    void staff_are_sent_from_the_dashboard_to_their_home_and_parents_may_not_open_it() {
        PlainBrowser finance = agent("FINANCE_AGENT");
        Page redirect = finance.get("/espace");
        assertThat(redirect.location()).isEqualTo("/agents");
        Page home = finance.get("/agents");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Anomalies de paiement", "Factures en retard", "Aucune facture en retard", "Adresses à valider")
                .doesNotContain("Cantine aujourd'hui", "enfants attendus");

        Page school = agent("SCHOOL_AGENT").get("/agents");
        assertThat(school.body()).contains("Cantine aujourd'hui", "Faire le pointage", "Adresses à valider")
                .doesNotContain("Anomalies de paiement", "Factures en retard");

        Page nursery = agent("NURSERY_AGENT").get("/agents");
        assertThat(nursery.body()).contains("aujourd'hui", "en liste d'attente").doesNotContain("Anomalies de paiement");

        PlainBrowser parent = signedIn(billed.email(), BillingTown.PASSWORD);
        assertThat(parent.get("/agents").status()).isEqualTo(403);
    }

    @Test
    void every_internal_link_answers_200_for_visitors_parents_and_the_administrator() {
        assertThat(crawl(new PlainBrowser(town.portal), "/")).contains("/", "/actualites", "/tarifs", "/contact", "/mode-d-emploi", "/reglements")
                .anyMatch(link -> link.matches("/reglements/[^/]+"));
        assertThat(crawl(signedIn(billed.email(), BillingTown.PASSWORD), "/espace"))
                .contains("/espace/factures", "/espace/documents", "/espace/compte", "/espace/prelevement")
                .anyMatch(link -> link.matches("/espace/factures/[^/]+/pdf"));
        assertThat(crawl(signedIn("admin", TestPortal.ADMIN_PASSWORD), "/agents"))
                .contains("/agents/familles", "/agents/facturation", "/agents/creche", "/agents/cantine", "/agents/reglements",
                        "/agents/prelevements")
                .anyMatch(link -> link.matches("/agents/prelevements/fichiers/[^/]+"));
    }

    /**
     * Every kind of page the crawler reaches, in a real browser: axe finds no WCAG 2.1 A/AA violation
     * and nothing scrolls sideways on a 320 px screen ({@link Browser#checkAccessibility}).
     */
    @Test
    void every_kind_of_page_is_accessible_and_fits_a_320_px_screen() {
        try (Browser browser = new Browser(town.portal.url(""))) {
            Set<String> visited = visitEachKind(browser, crawl(new PlainBrowser(town.portal), "/"));
            browser.open("/connexion").type("#login", billed.email()).type("#password", BillingTown.PASSWORD)
                    .click("form.form button[type=submit]");
            visited.addAll(visitEachKind(browser, crawl(signedIn(billed.email(), BillingTown.PASSWORD), "/espace")));
            browser.driver().manage().deleteAllCookies();
            browser.open("/connexion").type("#login", APPLICANT).type("#password", AccountApiTest.PASSWORD)
                    .click("form.form button[type=submit]");
            visited.addAll(visitEachKind(browser, crawl(signedIn(APPLICANT, AccountApiTest.PASSWORD), "/espace")));
            browser.driver().manage().deleteAllCookies();
            browser.open("/connexion").type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD)
                    .click("form.form button[type=submit]");
            visited.addAll(visitEachKind(browser, crawl(signedIn("admin", TestPortal.ADMIN_PASSWORD), "/agents")));
            assertThat(visited).contains("/tarifs", "/reglements", "/espace/creche", "/agents/familles/{id}", "/agents/cantine/effectifs",
                    "/espace/inscriptions/nouvelle", "/espace/inscriptions/{id}", "/agents/inscriptions/{id}", "/agents/inscriptions/guichet",
                    "/agents/inscriptions/campagnes", "/agents/inscriptions/carte-scolaire")
                    .hasSizeGreaterThan(40);
        }
    }

    /**
     * The commission's pages in a real browser (axe, 320 px): the family opens the session mail's link,
     * signs in and lands on its request with the confirmation form; staff read the lists, the request
     * with its correction form, the grid and the session; an applicant account fills the form.
     */
    @Test
    void the_commission_pages_from_the_session_mail_to_staff_and_applicants_are_accessible_at_320_px() {
        // the commission writes to the family's guardians (BillingTown gives them « name@example.fr »)
        String mail = Outbox.to(town.portal, "garnier@example.fr").stream().filter(m -> m.subject().startsWith("Confirmez votre demande"))
                .reduce((first, last) -> last).orElseThrow().text();
        Matcher link = Pattern.compile(Pattern.quote(TestPortal.BASE_URL) + "(/espace/creche/pre-inscriptions/[0-9a-f-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        assertThat(link.group(1)).endsWith(nurseryRequest);
        String applicant = AccountApiTest.uniqueUsername();
        ApplicantAccountTest.confirmedApplicant(town.portal, applicant);
        try (Browser browser = new Browser(town.portal.url(""))) {
            browser.open(link.group(1)).type("#login", billed.email()).type("#password", BillingTown.PASSWORD)
                    .click("form.form button[type=submit]");
            assertThat(browser.path()).isEqualTo(link.group(1));
            assertThat(browser.checkAccessibility().text()).contains("Confirmez votre demande avant le jeudi 15 octobre 2026",
                    "Vos points : 340", "Historique");
            browser.screenshot("commission-confirmation-depuis-le-courriel", 320);
            browser.open("/espace/creche/pre-inscriptions");
            browser.open("/espace/creche/pre-inscriptions/nouvelle");
            browser.driver().manage().deleteAllCookies();

            browser.open("/connexion").type("#login", "admin").type("#password", TestPortal.ADMIN_PASSWORD)
                    .click("form.form button[type=submit]");
            for (String page : List.of("/agents/creche/commission", "/agents/creche/commission/demandes",
                    "/agents/creche/commission/grille", "/agents/creche/commission/sessions/" + session)) {
                browser.open(page);
            }
            browser.open("/agents/creche/commission/demandes/" + nurseryRequest);
            assertThat(browser.text()).contains("Corriger les réponses", "Motif de la correction", "Historique");
            browser.screenshot("commission-demande-agent", 320);
            browser.driver().manage().deleteAllCookies();

            browser.open("/connexion").type("#login", applicant).type("#password", AccountApiTest.PASSWORD)
                    .click("form.form button[type=submit]");
            browser.open("/espace");
            assertThat(browser.text()).contains("Multi-accueil", "Pré-inscrire un enfant né ou à naître");
            browser.open("/espace/creche/pre-inscriptions/nouvelle");
            assertThat(browser.text()).contains("Vous, parent de l'enfant", "Adresse du domicile");
            browser.screenshot("commission-formulaire-demandeur", 320);
        }
    }

    /** Opens, in the browser, the first web page of each route shape (ids and query strings aside); answers the shapes seen. */
    private static Set<String> visitEachKind(Browser browser, Set<String> links) {
        Set<String> shapes = new LinkedHashSet<>();
        for (String link : links) {
            String shape = link.replaceAll("\\?.*", "").replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}");
            if (!WEB_PAGES.contains(link) || !shapes.add(shape)) {
                continue;
            }
            browser.open(link);
        }
        return shapes;
    }

    /** Visits every internal link reachable from {@code start}, asserting each answers 200 (after its redirects), and answers them. */
    private static Set<String> crawl(PlainBrowser browser, String start) {
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
            WEB_PAGES.add(next[0]);
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
