package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.CanteenTown.PDF;
import static fr.espacefamille.bootstrap.CanteenTown.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canteen's French pages over real HTTP, as a browser without JavaScript uses them: session
 * cookie, CSRF field in every form, post/redirect/get, errors beside the field.
 */
class CanteenPagesTest {

    static final String CSRF = "csrf-token-for-the-pages-test-0123456789";
    static TestPortal portal;
    static CanteenTown town;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2(CanteenTown.CLOCK);
        town = new CanteenTown(portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Map<String, String> cookies(String token) {
        return Map.of("Cookie", "famille_session=" + token + "; famille_csrf=" + CSRF);
    }

    static TestPortal.Response get(String path, String token) {
        return CanteenTown.send(portal, "GET", path, token == null ? Map.of() : cookies(token), null);
    }

    static TestPortal.Response post(String path, String token, Map<String, String> form) {
        Map<String, String> headers = new LinkedHashMap<>(cookies(token));
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return CanteenTown.send(portal, "POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", CSRF);
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static TestPortal.Response multipart(String path, String token, Map<String, String> fields, String fileField, String name, byte[] file) {
        Map<String, String> withCsrf = new LinkedHashMap<>();
        withCsrf.put("_csrf", CSRF);
        withCsrf.putAll(fields);
        var body = CanteenTown.Multipart.of(withCsrf, fileField, name, file);
        Map<String, String> headers = new LinkedHashMap<>(cookies(token));
        headers.put("Content-Type", body.contentType());
        return CanteenTown.send(portal, "POST", path, headers, body.bytes());
    }

    /** Every form posting somewhere carries the CSRF field. */
    static void everyPostFormHasTheCsrfField(String html) {
        Matcher forms = Pattern.compile("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (forms.find()) {
            count++;
            assertThat(forms.group(1)).contains("name=\"_csrf\" value=\"" + CSRF + "\"");
        }
        assertThat(count).isPositive();
    }

    private String month() {
        return "/espace/enfants/" + town.lea + "/cantine";
    }

    @Test
    void the_month_view_books_and_cancels_with_one_form_per_day() {
        var page = get(month() + "?mois=2026-09", town.claire);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"fr\"", "Cantine de Léa", "septembre 2026", "mardi 8\u00a0septembre", "Délai passé",
                "jusqu'au lundi 7\u00a0septembre à\u00a010\u00a0h", "?mois=2026-10");
        everyPostFormHasTheCsrfField(page.body());

        var booked = post(month() + "/jour/2026-09-08", town.claire, form("action", "reserver"));
        assertThat(booked.status()).isEqualTo(303);
        assertThat(booked.headers().get("location").get(0)).isEqualTo(month() + "?mois=2026-09#j-2026-09-08");
        assertThat(portal.call("GET", "/api/v1/children/" + town.lea + "/canteen?from=2026-09-08&to=2026-09-08", town.claire, null)
                .json().get(0).get("status").asText()).isEqualTo("BOOKED");
        assertThat(get(month() + "?mois=2026-09", town.claire).body()).contains("Repas réservé");

        assertThat(post(month() + "/jour/2026-09-08", town.claire, form("action", "annuler")).status()).isEqualTo(303);
        assertThat(portal.call("GET", "/api/v1/children/" + town.lea + "/canteen?from=2026-09-08&to=2026-09-08", town.claire, null)
                .json().get(0).get("status").asText()).isEqualTo("NOT_BOOKED");
    }

    @Test
    void a_refused_change_shows_its_reason_beside_the_day() {
        var refused = post(month() + "/jour/2026-09-07", town.claire, form("action", "reserver"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Le délai est passé", "href=\"#j-2026-09-07\"", "id=\"j-2026-09-07\"");
    }

    @Test
    void forms_posted_without_their_csrf_field_are_refused() {
        var forged = post(month() + "/jour/2026-09-10", town.claire, Map.of("action", "reserver"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(portal.call("GET", "/api/v1/children/" + town.lea + "/canteen?from=2026-09-10&to=2026-09-10", town.claire, null)
                .json().get(0).get("status").asText()).isEqualTo("NOT_BOOKED");
    }

    @Test
    void another_family_s_child_is_not_found_and_strangers_sign_in_first() {
        assertThat(get(month(), town.helene).status()).isEqualTo(404);
        var anonymous = get(month(), null);
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.headers().get("location").get(0)).startsWith("/connexion");
    }

    @Test
    void a_month_without_enrolment_says_so() {
        assertThat(get(month() + "?mois=2026-08", town.claire).body()).contains("n'a pas d'inscription à la restauration scolaire ce mois-ci");
        assertThat(get("/espace/enfants/" + town.malo + "/cantine", town.helene).status()).isEqualTo(200);
    }

    @Test
    void the_canteen_home_lists_the_children() {
        var home = get("/espace/cantine", town.claire);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Léa Martin", month());
    }

    @Test
    void the_weekly_pattern_form_books_and_reports_skipped_days() {
        var form = get(month() + "/semaine-type", town.claire);
        assertThat(form.body()).contains("<label for=\"du\">", "<label for=\"MONDAY\">lundi</label>");
        everyPostFormHasTheCsrfField(form.body());

        var result = post(month() + "/semaine-type", town.claire, form("periode", "dates", "du", "2026-09-21", "au", "2026-09-27", "MONDAY", "on",
                "WEDNESDAY", "on"));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("1 repas réservé<", "lundi 21\u00a0septembre",
                "1 jour choisi tombe pendant des vacances, un jour férié ou une fermeture");

        var invalid = post(month() + "/semaine-type", town.claire, form("periode", "dates", "du", "2026-09-21", "au", ""));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("id=\"au-error\"");
    }

    @Test
    void the_absence_form_uploads_the_certificate_and_reports() {
        expect(portal.call("PUT", "/api/v1/children/" + town.lea + "/canteen/2026-09-07", town.agent, null), 200);
        var form = get(month() + "/absence", town.claire);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"", "<label for=\"certificat\">");
        everyPostFormHasTheCsrfField(form.body());

        var reported = multipart(month() + "/absence", town.claire, Map.of("du", "2026-09-07", "au", "2026-09-07", "motif", "ILLNESS"),
                "certificat", "certificat.pdf", PDF);
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(reported.body()).contains("Absence enregistrée", "lundi 7\u00a0septembre&nbsp;: repas facturé (jour de carence)", "Absences signalées");
        assertThat(portal.call("GET", "/api/v1/documents", town.claire, null).json().findValuesAsText("kind")).contains("MEDICAL_CERTIFICATE");

        int documents = portal.call("GET", "/api/v1/documents", town.claire, null).json().size();
        var nothing = multipart(month() + "/absence", town.claire, Map.of("du", "2026-09-28", "au", "2026-09-29", "motif", "ILLNESS"),
                "certificat", "certificat.pdf", PDF);
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.body()).contains("Aucun repas n'est réservé", "id=\"du-error\"");
        assertThat(portal.call("GET", "/api/v1/documents", town.claire, null).json()).as("the refused report keeps no document")
                .hasSize(documents);

        // DELETE /documents/{id}: not the absence's certificate (409), not another family's (404 like an unknown id), one's own (204)
        String certificate = portal.call("GET", "/api/v1/documents", town.claire, null).json().findParents("kind").stream()
                .filter(d -> d.get("kind").asText().equals("MEDICAL_CERTIFICATE")).findFirst().orElseThrow().get("id").asText();
        var inUse = portal.call("DELETE", "/api/v1/documents/" + certificate, town.claire, null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.code()).isEqualTo("DOCUMENT_IN_USE");
        String own = town.upload(town.claire, "INSURANCE", "assurance.pdf", PDF).json().get("id").asText();
        assertThat(portal.call("DELETE", "/api/v1/documents/" + own, town.helene, null).status()).isEqualTo(404);
        assertThat(portal.call("DELETE", "/api/v1/documents/" + own, town.claire, null).status()).isEqualTo(204);
        assertThat(portal.call("GET", "/api/v1/documents/" + own, town.claire, null).status()).isEqualTo(404);
        assertThat(portal.call("GET", "/api/v1/documents", town.claire, null).json()).hasSize(documents);
    }

    @Test
    void my_documents_page_uploads_lists_and_downloads() {
        var page = get("/espace/documents", town.claire);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Mes documents", "enctype=\"multipart/form-data\"", "<label for=\"file\">", "<label for=\"kind\">");
        everyPostFormHasTheCsrfField(page.body());

        var uploaded = multipart("/espace/documents", town.claire, Map.of("kind", "PROOF_OF_ADDRESS"), "file", "facture EDF.pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        var list = get("/espace/documents", town.claire);
        assertThat(list.body()).contains("facture EDF.pdf", "Justificatif de domicile");
        Matcher link = Pattern.compile("href=\"(/espace/documents/[0-9a-f-]{36})\"").matcher(list.body());
        assertThat(link.find()).isTrue();
        var download = get(link.group(1), town.claire);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(get(link.group(1), town.helene).status()).isEqualTo(404);

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var tooLarge = CanteenTown.sendOversized(() -> multipart("/espace/documents", town.claire, Map.of("kind", "OTHER"),
                "file", "big.pdf", big));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("lang=\"fr\"", "10\u00a0Mo").doesNotContain("Exception");

        var refused = multipart("/espace/documents", town.claire, Map.of("kind", "OTHER"), "file", "page.html",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body()).contains("id=\"file-error\"", "PDF, JPEG ou PNG");
    }

    @Test
    void the_attendance_page_ticks_every_booked_child_and_saves_the_whole_class_in_one_submit() {
        expect(portal.call("PUT", "/api/v1/children/" + town.lea + "/canteen/2026-09-04", town.agent, null), 200);
        String sheet = "/agents/cantine/pointage?ecole=" + town.pasteur + "&date=2026-09-04";
        var page = get(sheet, town.agent);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().indexOf("Martin Léa")).isLessThan(page.body().indexOf("Nguyen Malo"));
        assertThat(page.body()).contains("non inscrit", "id=\"p-" + town.lea + "\" name=\"present\" value=\"" + town.lea + "\" checked",
                "Enregistrer le pointage de la classe");
        assertThat(page.body()).doesNotContain("id=\"p-" + town.malo + "\" name=\"present\" value=\"" + town.malo + "\" checked");
        everyPostFormHasTheCsrfField(page.body());

        // Léa (booked) is unticked: absent; Malo came without a booking: ticked, present
        var saved = post("/agents/cantine/pointage", town.agent, form("ecole", town.pasteur, "date", "2026-09-04", "enfant", town.lea,
                "present", town.malo));
        assertThat(saved.status()).isEqualTo(303);
        var sheetJson = portal.call("GET", "/api/v1/admin/canteen/attendance/" + town.pasteur + "/2026-09-04", town.agent, null).json();
        assertThat(sheetJson.get("present").asInt()).isEqualTo(1);
        assertThat(get(sheet, town.agent).body()).contains("pointé absent", "pointé présent");
        assertThat(get(sheet + "&tous=oui", town.agent).body()).as("« Tous présents » ticks the booked children again")
                .contains("id=\"p-" + town.lea + "\" name=\"present\" value=\"" + town.lea + "\" checked");

        var holiday = get("/agents/cantine/pointage?ecole=" + town.pasteur + "&date=2026-09-18", town.agent);
        assertThat(holiday.body()).as("no attendance on a day without service").contains("Pas de cantine ce jour-là")
                .doesNotContain("Enregistrer le pointage", "Martin Léa");
        assertThat(get(sheet, town.claire).status()).as("parents may not").isEqualTo(403);
    }

    @Test
    void staff_pages_for_headcounts_years_enrolments_and_menus() {
        var hub = get("/agents/cantine", town.agent);
        assertThat(hub.body()).contains("/agents/cantine/effectifs", "/agents/cantine/pointage?ecole=" + town.pasteur);

        var counts = get("/agents/cantine/effectifs?du=2026-09-07&au=2026-09-11", town.agent);
        assertThat(counts.body()).contains("École Louis Pasteur", "définitif", "provisoire", "effectifs.csv");
        var csv = get("/agents/cantine/effectifs.csv?du=2026-09-07&au=2026-09-07", town.agent);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFdate;école;repas;définitif\r\n");

        var years = get("/agents/cantine/annees?annee=2026-2027", town.agent);
        assertThat(years.body()).contains("Toussaint&nbsp;: du 17/10/2026 au 01/11/2026", "18/09/2026",
                "name=\"vacances-nom\" type=\"text\" value=\"Toussaint\"", "name=\"vacances-du\" type=\"date\" value=\"2026-10-17\"",
                "name=\"fermetures\" type=\"date\" value=\"2026-09-18\"");
        everyPostFormHasTheCsrfField(years.body());
        var saved = post("/agents/cantine/annees", town.agent, form("annee", "2028-2029", "debut", "2028-09-01", "fin", "2029-07-06",
                "MONDAY", "on", "TUESDAY", "on", "vacances-nom", "Toussaint", "vacances-du", "2028-10-21", "vacances-au", "2028-11-05", "fermetures", ""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        var badHolidays = post("/agents/cantine/annees", town.agent, form("annee", "2029-2030", "debut", "2029-09-03", "fin", "2030-07-05",
                "MONDAY", "on", "vacances-nom", "Toussaint", "vacances-du", "2029-10-20", "vacances-au", "", "fermetures", "demain"));
        assertThat(badHolidays.status()).isEqualTo(422);
        assertThat(badHolidays.body()).contains("id=\"vacances-error\"", "Période 1\u00a0: indiquez son premier et son dernier jour.",
                "id=\"fermetures-error\"", "«\u00a0demain\u00a0» n'est pas une date.", "value=\"2029-10-20\"");
        assertThat(get("/agents/cantine/annees?annee=2028-2029", town.agent).body()).contains("Toussaint&nbsp;: du 21/10/2028 au 05/11/2028");

        String zoe = town.newPupil("Abel", "Zoé");
        var enrolments = get("/agents/cantine/inscriptions?ecole=" + town.pasteur + "&annee=2026-2027", town.agent);
        assertThat(enrolments.body()).contains("Abel Zoé", "Inscription enregistrée");
        everyPostFormHasTheCsrfField(enrolments.body());
        assertThat(post("/agents/cantine/inscriptions", town.agent, form("enfant", zoe, "ecole", town.pasteur, "annee", "2026-2027"))
                .status()).isEqualTo(303);
        assertThat(portal.call("PUT", "/api/v1/children/" + zoe + "/canteen/2026-09-10", town.agent, null).status()).isEqualTo(200);

        var menus = get("/agents/cantine/menus?semaine=2026-09-14", town.agent);
        everyPostFormHasTheCsrfField(menus.body());
        var missing = post("/agents/cantine/menus", town.agent, form("semaine", "2026-09-14", "starter-2026-09-15", "Melon",
                "main-2026-09-15", ""));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("<p class=\"field-error\" id=\"main-2026-09-15-error\">Indiquez le plat principal de ce jour.</p>",
                "value=\"Melon\"");
        assertThat(post("/agents/cantine/menus", town.agent, form("semaine", "2026-09-21", "main-2026-09-21", "Hachis parmentier",
                "allergens-MAIN-2026-09-21", "MILK", "dessert-2026-09-22", "Poire")).status())
                .as("a starter without main course").isEqualTo(422);
        assertThat(post("/agents/cantine/menus", town.agent, form("semaine", "2026-09-21", "main-2026-09-21", "Hachis parmentier",
                "allergens-MAIN-2026-09-21", "MILK", "main-2026-09-22", "Tajine", "LOCAL-2026-09-22", "on")).status()).isEqualTo(303);
        assertThat(get("/menus?semaine=2026-09-21", null).body()).contains("Hachis parmentier", "Allergènes&nbsp;: lait", "Tajine");
    }

    @Test
    void the_public_menu_page_shows_a_week_without_signing_in() {
        expect(portal.call("PUT", "/api/v1/admin/menus/2026-09-22", town.agent, Map.of("main", "Gratin dauphinois", "labels", List.of("LOCAL"))), 200);
        var page = get("/menus?semaine=2026-09-23", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("semaine du lundi 21\u00a0septembre", "Gratin dauphinois", "produits locaux",
                "Semaine précédente", "/menus?semaine=2026-09-14", "Semaine suivante", "/menus?semaine=2026-09-28", "Pas de cantine");
        assertThat(get("/menus", null).body()).as("this week by default").contains("semaine du lundi 7\u00a0septembre");
    }

    @Test
    void every_page_s_footer_leads_to_the_public_service_pages_and_the_three_phone_numbers() {
        var home = get("/", null);
        assertThat(home.body()).contains("/mentions-legales", "/donnees-personnelles", "/accessibilite", "/plan-du-site", "/contact",
                "02\u00a040\u00a045\u00a079\u00a079", "02\u00a040\u00a091\u00a001\u00a091", "02\u00a040\u00a045\u00a025\u00a003",
                "Au menu aujourd'hui", "Actualités", "<details class=\"menu narrow\">")
                .doesNotContain("/api/v1/docs");
        assertThat(get("/espace", town.claire).body()).as("the parents' footer").doesNotContain("/api/v1/docs");
        assertThat(get("/plan-du-site", null).body()).as("still reachable for developers").contains("/api/v1/docs");
        assertThat(get("/donnees-personnelles", null).body()).contains("Responsable du traitement", "dpo@ville-donges.fr",
                "3 ans", "10 ans", "CNIL", "6.1.e", "Trésor public");
        assertThat(get("/accessibilite", null).body()).contains("partiellement conforme", "RGAA", "Contenus non accessibles",
                "Défenseur des droits");
        assertThat(get("/mentions-legales", null).status()).isEqualTo(200);
    }
}
