package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.bootstrap.PlainBrowser.Page;
import fr.espacefamille.domain.shared.Money;

/**
 * The parents' dashboard over real HTTP, and a link checker: every internal link of every page reached
 * from the home (anonymous) and the dashboard (a parent) answers 200; every kind of page they and an
 * applicant reach passes axe and fits a 320 px screen. The staff's pages: {@link StaffWebPagesTest}.
 */
class WebPagesTest {

    static WebTown web;

    @BeforeAll
    static void start() {
        web = new WebTown();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void the_dashboard_says_what_is_due_and_then_that_nothing_is() {
        PlainBrowser parent = web.parent();
        Page dashboard = parent.get("/espace");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Mon foyer", "Garnier", "Cantine", "Multi-accueil", "Mes documents", "Aucun document déposé",
                "Mes coordonnées et identifiants", web.billed.email(), "Actualités", "Aucune actualité pour l'instant",
                Money.ofCents(300).toFrench() + " à payer avant le 15\u00a0novembre", "href=\"/espace/factures\"",
                "action=\"/espace/factures/" + web.billed.invoice() + "/payer\"", "Payer " + Money.ofCents(300).toFrench());

        PaymentTown.Attempt attempt = web.payments.start(web.billed);
        assertThat(web.payments.notify(web.payments.paid(attempt.reference(), attempt.amountCents(), "90001")).status()).isEqualTo(200);
        assertThat(parent.get("/espace").body()).contains("Rien à payer").doesNotContain("/payer\"");
    }

    @Test
    void every_internal_link_answers_200_for_visitors_and_parents() {
        assertThat(web.links("visitor", () -> new PlainBrowser(web.town.portal), "/")).contains("/", "/actualites", "/tarifs", "/contact", "/mode-d-emploi",
                "/reglements").anyMatch(link -> link.matches("/reglements/[^/]+"));
        assertThat(web.links("parent", web::parent, "/espace"))
                .contains("/espace/factures", "/espace/documents", "/espace/compte", "/espace/prelevement")
                .anyMatch(link -> link.matches("/espace/factures/[^/]+/pdf"));
    }

    /**
     * Every kind of page the crawler reaches as a visitor, a parent and an applicant, in a real browser: axe finds
     * no WCAG 2.1 A/AA violation and nothing scrolls sideways on a 320 px screen ({@link Browser#checkAccessibility}).
     */
    @Test
    void every_kind_of_page_is_accessible_and_fits_a_320_px_screen() {
        try (Browser browser = new Browser(web.town.portal.url(""))) {
            Set<String> visited = web.visitEachKind(browser, web.links("visitor", () -> new PlainBrowser(web.town.portal), "/"));
            web.signIn(browser, web.billed.email(), BillingTown.PASSWORD);
            visited.addAll(web.visitEachKind(browser, web.links("parent", web::parent, "/espace")));
            web.signIn(browser, WebTown.APPLICANT, AccountApiTest.PASSWORD);
            visited.addAll(web.visitEachKind(browser, web.links("applicant",
                    () -> web.signedIn(WebTown.APPLICANT, AccountApiTest.PASSWORD), "/espace")));
            assertThat(visited).contains("/tarifs", "/reglements", "/espace/creche", "/espace/inscriptions/nouvelle",
                    "/espace/inscriptions/{id}").hasSizeGreaterThan(20);
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
        String mail = Outbox.to(web.town.portal, "garnier@example.fr").stream().filter(m -> m.subject().startsWith("Confirmez votre demande"))
                .reduce((first, last) -> last).orElseThrow().text();
        Matcher link = Pattern.compile(Pattern.quote(TestPortal.BASE_URL) + "(/espace/creche/pre-inscriptions/[0-9a-f-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        assertThat(link.group(1)).endsWith(web.nurseryRequest);
        String applicant = AccountApiTest.uniqueUsername();
        ApplicantAccountTest.confirmedApplicant(web.town.portal, applicant);
        try (Browser browser = new Browser(web.town.portal.url(""))) {
            browser.open(link.group(1)).type("#login", web.billed.email()).type("#password", BillingTown.PASSWORD)
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
                    "/agents/creche/commission/grille", "/agents/creche/commission/sessions/" + web.session)) {
                browser.open(page);
            }
            browser.open("/agents/creche/commission/demandes/" + web.nurseryRequest);
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
}
