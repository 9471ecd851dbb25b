package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.Javalin;

/** The page-form helper over real HTTP: every field error at once, refusals beside their fields, 303 or 422. */
class PageFormTest {

    private static final AtomicReference<String> RAN = new AtomicReference<>();
    private static Javalin app;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> {
            PageForm.readTypes(config.validation);
            // as HttpApp does for every request: the flash cookie reads whether cookies are secure
            config.routes.before(ctx -> ctx.attribute(Pages.SETTINGS,
                    new WebSettings(URI.create("http://localhost"), false, List.of())));
            config.routes.post("/form", ctx -> {
                PageForm form = PageForm.of(ctx).field("to", "until").code("FULL", "places").fieldPrefix("ligne ", "closures");
                PageForm.Field<String> name = form.required("name", "Indiquez le nom.");
                PageForm.Field<Integer> places = form.required("places", Integer.class, "Indiquez un nombre de places.")
                        .check(p -> p >= 0 && p <= 500, "Entre 0 et 500 places.");
                PageForm.Field<LocalDate> from = form.optional("from", LocalDate.class, "Date de début invalide.");
                PageForm.Field<List<LocalDate>> closures = form.list("closures", LocalDate.class, typed -> "« " + typed + " » n'est pas une date.");
                PageForm.Field<java.time.DayOfWeek> day = form.optional("day", java.time.DayOfWeek.class, "Choisissez un jour.");
                PageForm.Field<Integer> code = form.optional("code", PageFormTest::code, "Un code est un nombre pair.");
                if ("same".equals(form.text("note"))) {
                    form.error("note", "Une note différente, s'il vous plaît.");
                }
                form.submit(() -> {
                    String refusal = name.get();
                    switch (refusal) {
                        case "to" -> throw new RefusedException(Refusal.invalid("to", "date de fin avant le début"));
                        case "line" -> throw new RefusedException(Refusal.invalid("ligne 3", "école inconnue « Cèdres »"));
                        case "full" -> throw new RefusedException(Refusal.rule("FULL", "Le multi-accueil est complet."));
                        case "other" -> throw new RefusedException(Refusal.rule("OTHER", "Autre refus."));
                        case "unknown" -> throw new RefusedException(Refusal.notFound("Introuvable."));
                        default -> RAN.set(refusal + "/" + places.get() + "/" + from.get() + "/" + closures.get() + "/" + day.get()
                                + "/" + code.get());
                    }
                }).redirect("/done", "Enregistré.")
                        .orShow(errors -> ctx.result(errors.stream().map(e -> e.field() + "=" + e.message())
                                .collect(Collectors.joining("|"))));
            });
            config.routes.post("/steps", ctx -> {
                PageForm form = PageForm.of(ctx).fallback("from").invalidValue("weeks");
                String what = String.valueOf(form.text("what"));
                java.util.Optional<String> stored = form.attempt("file", () -> {
                    if (what.equals("file")) {
                        throw new RefusedException(Refusal.invalid("upload", "fichier illisible"));
                    }
                    return "stored";
                });
                form.submit(() -> {
                    switch (what) {
                        case "value" -> throw new IllegalArgumentException("semaine hors du contrat");
                        case "rule" -> throw new RefusedException(Refusal.rule("LATE", "trop tard"));
                        default -> RAN.set(stored.orElseThrow());
                    }
                }).redirect("/done", null).orShow(errors -> ctx.result(errors.stream().map(e -> e.field() + "=" + e.message())
                        .collect(Collectors.joining("|"))));
            });
            config.routes.post("/button", ctx -> PageForm.of(ctx).submit(() -> {
                if (ctx.formParam("full") != null) {
                    throw new RefusedException(Refusal.rule("FULL", "Plus de place ce jour-là."));
                }
            }).redirect("/list?done", "Fait.").orRedirect("/list"));
            config.routes.get("/list", ctx -> {
                PageForm filters = PageForm.ofQuery(ctx).field("day", "month");
                PageForm.Field<java.time.YearMonth> month = filters.optional("month", java.time.YearMonth.class, "Mois AAAA-MM.");
                PageForm.Field<java.time.DayOfWeek> day = filters.optional("day", java.time.DayOfWeek.class, "Jour inconnu.");
                filters.submit(() -> month.get() + "/" + day.get()).then(ctx::result)
                        .orShow(errors -> ctx.result(errors.stream().map(e -> e.field() + "=" + e.message())
                                .collect(Collectors.joining("|"))));
            });
            config.routes.post("/decide", ctx -> {
                PageForm form = PageForm.of(ctx).field("reason", "reason-1");
                form.submit(() -> {
                    switch (String.valueOf(form.text("what"))) {
                        case "long" -> throw new RefusedException(Refusal.invalid("reason", "500 caractères au plus"));
                        case "decided" -> throw new RefusedException(Refusal.conflict("DECIDED", "Déjà traitée."));
                        default -> RAN.set("decided");
                    }
                }).redirect("/list", "Fait.").orShowOrRedirect(errors -> ctx.result(errors.get(0).field()), "/list");
            });
            config.routes.exception(RefusedException.class, (e, ctx) -> ctx.status(404).result("not found"));
        }).start(0);
    }

    private static java.util.Optional<Integer> code(String text) {
        return text.matches("\\d+") && Integer.parseInt(text) % 2 == 0 ? java.util.Optional.of(Integer.parseInt(text)) : java.util.Optional.empty();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(Map<String, String> fields) throws Exception {
        return post("/form", fields);
    }

    private static HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reads_typed_fields_runs_the_use_case_and_redirects() throws Exception {
        HttpResponse<String> answer = post(Map.of("name", "  Crèche ", "places", "24", "from", "", "closures", "2026-12-24\n2026-12-31",
                "day", "FRIDAY", "code", "42"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/done");
        assertThat(RAN.get()).isEqualTo("Crèche/24/null/[2026-12-24, 2026-12-31]/FRIDAY/42");
        post(Map.of("name", "vide", "places", "1", "day", "", "code", " "));
        assertThat(RAN.get()).isEqualTo("vide/1/null/[]/null/null");
    }

    @Test
    void reports_every_unreadable_field_at_once_without_running_the_use_case() throws Exception {
        RAN.set(null);
        HttpResponse<String> answer = post(Map.of("name", " ", "places", "900", "from", "demain", "closures", "2026-12-24 Noël",
                "day", "VENDREDI", "code", "7", "note", "same"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body().split("\\|")).containsExactly("name=Indiquez le nom.", "places=Entre 0 et 500 places.",
                "from=Date de début invalide.", "closures=« Noël » n'est pas une date.", "day=Choisissez un jour.",
                "code=Un code est un nombre pair.", "note=Une note différente, s'il vous plaît.");
        assertThat(RAN.get()).isNull();
    }

    @Test
    void a_missing_or_unreadable_number_gets_the_declared_message() throws Exception {
        assertThat(post(Map.of("name", "x")).body()).isEqualTo("places=Indiquez un nombre de places.");
        assertThat(post(Map.of("name", "x", "places", "vingt")).body()).isEqualTo("places=Indiquez un nombre de places.");
    }

    @Test
    void a_refusal_goes_beside_its_field_in_the_form_s_words_as_a_sentence() throws Exception {
        HttpResponse<String> answer = post(Map.of("name", "to", "places", "3"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo("until=Date de fin avant le début.");
    }

    @Test
    void a_refusal_without_field_goes_beside_the_field_of_its_code_else_the_fallback() throws Exception {
        assertThat(post(Map.of("name", "full", "places", "3")).body()).isEqualTo("places=Le multi-accueil est complet.");
        assertThat(post(Map.of("name", "other", "places", "3")).body()).isEqualTo("form=Autre refus.");
    }

    @Test
    void a_refusal_about_a_part_of_a_field_goes_beside_the_field_and_names_the_part() throws Exception {
        HttpResponse<String> answer = post(Map.of("name", "line", "places", "3"));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).isEqualTo("closures=Ligne 3 : école inconnue « Cèdres ».");
    }

    @Test
    void refusals_not_about_the_form_reach_the_central_handler() throws Exception {
        HttpResponse<String> answer = post(Map.of("name", "unknown", "places", "3"));

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void the_api_detail_still_names_the_field_first() {
        Refusal refusal = Refusal.invalid("to", "date de fin avant le début");

        assertThat(refusal.message()).isEqualTo("date de fin avant le début");
        assertThat(refusal.field()).hasValue("to");
        assertThat(refusal.detail()).isEqualTo("to : date de fin avant le début");
    }

    @Test
    void a_refused_step_is_reported_with_the_others_and_a_domain_value_goes_where_told() throws Exception {
        HttpResponse<String> file = post("/steps", Map.of("what", "file"));
        assertThat(file.statusCode()).isEqualTo(422);
        assertThat(file.body()).isEqualTo("file=Fichier illisible.");

        assertThat(post("/steps", Map.of("what", "value")).body()).isEqualTo("weeks=Semaine hors du contrat.");
        assertThat(post("/steps", Map.of("what", "rule")).body()).isEqualTo("from=Trop tard.");
        assertThat(post("/steps", Map.of("what", "ok")).statusCode()).isEqualTo(303);
        assertThat(RAN.get()).isEqualTo("stored");
    }

    @Test
    void a_refused_button_goes_back_with_the_refusal_as_the_flash_message() throws Exception {
        HttpResponse<String> refused = post("/button", Map.of("full", "1"));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue("/list");
        assertThat(refused.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.contains(
                URLEncoder.encode("Plus de place ce jour-là.", StandardCharsets.UTF_8)));

        assertThat(post("/button", Map.of()).headers().firstValue("Location")).hasValue("/list?done");
    }

    @Test
    void query_parameters_read_like_a_form_and_unreadable_filters_answer_422_beside_their_field() throws Exception {
        HttpResponse<String> read = get("/list?month=2026-05&day=MONDAY");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("2026-05/MONDAY");

        HttpResponse<String> unreadable = get("/list?month=mai&day=LUNDI");
        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body().split("\\|")).containsExactly("month=Mois AAAA-MM.", "month=Jour inconnu.");
    }

    @Test
    void a_refusal_beside_a_field_shows_the_page_and_one_about_the_whole_request_goes_back_with_a_flash() throws Exception {
        HttpResponse<String> tooLong = post("/decide", Map.of("what", "long"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).isEqualTo("reason-1");

        HttpResponse<String> decided = post("/decide", Map.of("what", "decided"));
        assertThat(decided.statusCode()).isEqualTo(303);
        assertThat(decided.headers().firstValue("Location")).hasValue("/list");
        assertThat(decided.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.contains(
                URLEncoder.encode("Déjà traitée.", StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
