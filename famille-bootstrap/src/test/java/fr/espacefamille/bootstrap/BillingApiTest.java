package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BillingTown.expect;
import static fr.espacefamille.bootstrap.BillingTown.invoiceOf;
import static fr.espacefamille.domain.canteen.MealCharge.CARENCE_DAY;
import static fr.espacefamille.domain.canteen.MealCharge.ABSENCE_NOT_BILLED;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.domain.canteen.MealCharge.UNBOOKED_MEAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.espacefamille.bootstrap.BillingTown.CreatedFamily;
import fr.espacefamille.domain.billing.NurseryMonth;

/**
 * API.md's billing rows end to end over HTTP on H2, every error code included. Each test bills its
 * own families in its own month, so that tests do not depend on one another. The clock is frozen
 * on 2 October 2026.
 */
class BillingApiTest {

    static BillingTown town;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        town = new BillingTown("2026-10-02T09:00:00+02:00");
        portal = town.portal;
        town.demoTariffs();
    }

    @AfterAll
    static void stop() {
        town.close();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void worked_example_a_parent_reads_the_15_50_invoice_its_lines_and_its_pdf_and_nobody_else_s() throws Exception {
        CreatedFamily martin = town.family("Martin", 450, true, null, 1);
        CreatedFamily nguyen = town.family("Nguyen", 980, true, null, 1);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 1), 12, BOOKED_MEAL);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 14), 1, UNBOOKED_MEAL);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 15), 1, CARENCE_DAY);
        town.meals(martin.child(0), LocalDate.of(2026, 9, 16), 2, ABSENCE_NOT_BILLED);
        town.meals(nguyen.child(0), LocalDate.of(2026, 9, 1), 2, BOOKED_MEAL);
        String parent = town.parent(martin, "claire.martin");

        JsonNode run = town.run("SCHOOL", "2026-09", true);

        String invoice = invoiceOf(run, martin);
        JsonNode list = expect(200, portal.call("GET", "/api/v1/invoices", parent, null)).json();
        assertThat(list).hasSize(1);
        JsonNode summary = list.get(0);
        assertThat(summary.get("id").asText()).isEqualTo(invoice);
        assertThat(summary.get("number").asText()).matches("AS-2026-\\d{6}");
        assertThat(summary.get("regie").asText()).isEqualTo("SCHOOL");
        assertThat(summary.get("month").asText()).isEqualTo("2026-09");
        assertThat(summary.get("issuedOn").asText()).isEqualTo("2026-10-02");
        assertThat(summary.get("dueOn").asText()).isEqualTo("2026-11-15");
        assertThat(summary.get("totalCents").asLong()).isEqualTo(1550);
        assertThat(summary.get("paidCents").asLong()).isZero();
        assertThat(summary.get("balanceCents").asLong()).isEqualTo(1550);
        assertThat(summary.get("status").asText()).isEqualTo("ISSUED");

        JsonNode detail = expect(200, portal.call("GET", "/api/v1/invoices/" + invoice, parent, null)).json();
        assertThat(detail.get("lines")).hasSize(3);
        JsonNode booked = detail.get("lines").get(0);
        assertThat(booked.get("childId").asText()).isEqualTo(martin.children().get(0));
        assertThat(booked.get("label").asText()).isEqualTo("Repas réservés");
        assertThat(booked.get("quantity").asInt()).isEqualTo(12);
        assertThat(booked.get("unitPriceCents").asLong()).isEqualTo(100);
        assertThat(booked.get("amountCents").asLong()).isEqualTo(1200);
        assertThat(detail.get("lines").get(1).get("unitPriceCents").asLong()).isEqualTo(250);

        var pdf = expect(200, portal.call("GET", "/api/v1/invoices/" + invoice + "/pdf", parent, null));
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = pdfText(pdf.bytes());
        assertThat(text).contains("Ville de Donges", "Famille Martin", "12 rue de la Loire", summary.get("number").asText(),
                "Enfant1 Martin", "Repas réservés", "15,50", "15/11/2026", "Comment payer");

        String theirs = invoiceOf(run, nguyen);
        for (String path : List.of("/api/v1/invoices/" + theirs, "/api/v1/invoices/" + theirs + "/pdf",
                "/api/v1/invoices/" + UUID.randomUUID(), "/api/v1/invoices/not-an-id")) {
            var refused = portal.call("GET", path, parent, null);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(portal.call("GET", "/api/v1/invoices", null, null).status()).isEqualTo(401);
    }

    @Test
    void a_draft_previews_without_numbers_is_re_run_then_the_month_is_issued_once() {
        CreatedFamily a = town.family("Avril", 450, true, null, 2);
        CreatedFamily b = town.family("Bernard", null, false, null, 1);
        town.meals(a.child(0), LocalDate.of(2026, 4, 1), 3, BOOKED_MEAL);
        town.meals(a.child(1), LocalDate.of(2026, 4, 1), 2, UNBOOKED_MEAL);
        town.meals(b.child(0), LocalDate.of(2026, 4, 1), 4, BOOKED_MEAL);

        JsonNode draft = town.run("SCHOOL", "2026-04", false);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("regie").asText()).isEqualTo("SCHOOL");
        assertThat(draft.get("month").asText()).isEqualTo("2026-04");
        assertThat(draft.get("invoiceCount").asInt()).isEqualTo(2);
        // Avril: 3 × 1,00 + 2 × 2,50 = 8,00 ; Bernard (hors commune): 4 × 5,00 = 20,00
        assertThat(draft.get("totalCents").asLong()).isEqualTo(2800);
        assertThat(draft.get("invoices")).allSatisfy(i -> assertThat(i.has("number")).isFalse());
        JsonNode again = town.run("SCHOOL", "2026-04", false);
        assertThat(again.get("totalCents").asLong()).isEqualTo(2800);
        assertThat(again.get("id").asText()).isNotEqualTo(draft.get("id").asText());
        assertThat(portal.call("GET", "/api/v1/admin/billing-runs/" + draft.get("id").asText(), town.finance, null).status()).isEqualTo(404);

        JsonNode issued = town.run("SCHOOL", "2026-04", true);

        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("totalCents").asLong()).isEqualTo(2800);
        long first = Long.parseLong(issued.get("invoices").get(0).get("number").asText().substring(8));
        assertThat(issued.get("invoices").get(1).get("number").asText()).isEqualTo(String.format("AS-2026-%06d", first + 1));
        for (boolean issue : new boolean[] {true, false}) {
            var refused = portal.call("POST", "/api/v1/admin/billing-runs", town.finance, Map.of("regie", "SCHOOL", "month", "2026-04", "issue", issue));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("MONTH_ALREADY_ISSUED");
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        JsonNode read = expect(200, portal.call("GET", "/api/v1/admin/billing-runs/" + issued.get("id").asText(), town.finance, null)).json();
        assertThat(read.get("invoices")).hasSize(2);
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/billing-runs", town.finance, null)).json().findValuesAsText("id"))
                .contains(issued.get("id").asText());
    }

    @Test
    void a_run_refuses_a_month_not_over_a_month_without_tariff_bad_fields_and_other_roles() {
        var notOver = portal.call("POST", "/api/v1/admin/billing-runs", town.finance, Map.of("regie", "SCHOOL", "month", "2026-10", "issue", true));
        assertThat(notOver.status()).isEqualTo(422);
        assertThat(notOver.code()).isEqualTo("MONTH_NOT_OVER");
        var noTariff = portal.call("POST", "/api/v1/admin/billing-runs", town.finance, Map.of("regie", "SCHOOL", "month", "2025-12", "issue", false));
        assertThat(noTariff.status()).isEqualTo(422);
        assertThat(noTariff.code()).isEqualTo("TARIFF_MISSING");

        Map<String, Map<String, Object>> bad = Map.of(
                "regie", Map.of("regie", "CANTINE", "month", "2026-09", "issue", false),
                "month", Map.of("regie", "SCHOOL", "month", "2026-13", "issue", false),
                "issue", Map.of("regie", "SCHOOL", "month", "2026-09"));
        bad.forEach((field, body) -> {
            var r = portal.call("POST", "/api/v1/admin/billing-runs", town.finance, body);
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().get("detail").asText()).contains(field);
        });
        var forbidden = portal.call("POST", "/api/v1/admin/billing-runs", town.schoolAgent, Map.of("regie", "SCHOOL", "month", "2026-09", "issue", false));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");
        assertThat(portal.call("POST", "/api/v1/admin/billing-runs", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void nursery_hours_are_billed_at_the_psu_rate_in_the_early_childhood_numbering() {
        CreatedFamily family = town.family("Petit", null, true, 36_000_00L, 1);
        // 80 h of contract, 2 h 30 extra, 8 h deducted, at 1,86 €/h
        town.nursery.put(YearMonth.of(2026, 9), new NurseryMonth(family.child(0), 160, 5, 0, 0, 16));

        JsonNode run = town.run("EARLY_CHILDHOOD", "2026-09", true);

        JsonNode invoice = run.get("invoices").get(0);
        assertThat(invoice.get("number").asText()).isEqualTo("PE-2026-000001");
        assertThat(invoice.get("totalCents").asLong()).isEqualTo(14880 + 465 - 1488);
        JsonNode detail = expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice.get("id").asText(), town.schoolAgent, null)).json();
        assertThat(detail.get("lines").get(1).get("quantity").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(detail.get("lines").get(2).get("unitPriceCents").asLong()).isEqualTo(-186);
    }

    @Test
    void staff_record_partial_payments_never_above_the_balance_and_never_twice() throws Exception {
        CreatedFamily family = town.family("Juin", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 6, 1), 20, BOOKED_MEAL);
        String invoice = invoiceOf(town.run("SCHOOL", "2026-06", true), family);
        String payments = "/api/v1/admin/invoices/" + invoice + "/payments";

        var partial = portal.call("POST", payments, town.finance, Map.of("method", "CHEQUE", "amountCents", 500,
                "receivedOn", "2026-10-01", "reference", "0001234"));
        assertThat(partial.status()).isEqualTo(201);
        assertThat(partial.json().get("id").asText()).isNotBlank();
        JsonNode after = expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null)).json();
        assertThat(after.get("status").asText()).isEqualTo("PARTIALLY_PAID");
        assertThat(after.get("paidCents").asLong()).isEqualTo(500);
        assertThat(after.get("balanceCents").asLong()).isEqualTo(1500);

        var tooMuch = portal.call("POST", payments, town.finance, Map.of("method", "CASH", "amountCents", 1501, "receivedOn", "2026-10-02"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("AMOUNT_EXCEEDS_BALANCE");
        var sameCheque = portal.call("POST", payments, town.finance, Map.of("method", "CHEQUE", "amountCents", 500,
                "receivedOn", "2026-10-01", "reference", "0001234"));
        assertThat(sameCheque.status()).isEqualTo(409);
        assertThat(sameCheque.code()).isEqualTo("PAYMENT_ALREADY_RECORDED");

        Map<String, Object> cash = Map.of("method", "CASH", "amountCents", 300, "receivedOn", "2026-10-02");
        String first = payWithKey(payments, cash, "clic-juin").json().get("id").asText();
        var replay = payWithKey(payments, cash, "clic-juin");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().get("id").asText()).isEqualTo(first);
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null)).json().get("payments")).hasSize(2);

        var rest = portal.call("POST", payments, town.finance, Map.of("method", "DIRECT_DEBIT", "amountCents", 1200, "receivedOn", "2026-10-02"));
        assertThat(rest.status()).isEqualTo(201);
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null)).json().get("status").asText())
                .isEqualTo("PAID");

        Map<String, Map<String, Object>> bad = Map.of(
                "method", Map.of("method", "CARD", "amountCents", 100, "receivedOn", "2026-10-02"),
                "amountCents", Map.of("method", "CASH", "amountCents", 0, "receivedOn", "2026-10-02"),
                "receivedOn", Map.of("method", "CASH", "amountCents", 100, "receivedOn", "2026-10-03"));
        bad.forEach((field, body) -> {
            var r = portal.call("POST", payments, town.finance, body);
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(r.json().get("detail").asText()).contains(field);
        });
        assertThat(portal.call("POST", payments, town.schoolAgent, cash).status()).isEqualTo(403);
        assertThat(portal.call("POST", "/api/v1/admin/invoices/" + UUID.randomUUID() + "/payments", town.finance, cash).code())
                .isEqualTo("NOT_FOUND");
    }

    private TestPortal.Response payWithKey(String path, Map<String, Object> body, String key) throws Exception {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + town.finance)
                .header("Idempotency-Key", key).build());
    }

    @Test
    void credit_notes_take_the_regie_s_next_number_and_never_exceed_the_balance() {
        CreatedFamily family = town.family("Mai", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 5, 4), 10, BOOKED_MEAL);
        JsonNode run = town.run("SCHOOL", "2026-05", true);
        String invoice = invoiceOf(run, family);
        long invoiceSequence = Long.parseLong(run.get("invoices").get(0).get("number").asText().substring(8));

        var note = portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/credit-notes", town.finance,
                Map.of("amountCents", 250, "reason", "Repas du 4 mai compté à tort"));

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().get("id").asText()).isNotBlank();
        assertThat(Long.parseLong(note.json().get("number").asText().substring(8))).isGreaterThan(invoiceSequence);
        JsonNode credited = expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null)).json();
        assertThat(credited.get("balanceCents").asLong()).isEqualTo(750);
        assertThat(credited.get("creditNotes").get(0).get("number").asText()).isEqualTo(note.json().get("number").asText());
        var tooMuch = portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/credit-notes", town.finance,
                Map.of("amountCents", 751, "reason", "trop"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("AMOUNT_EXCEEDS_BALANCE");
        var noReason = portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/credit-notes", town.finance, Map.of("amountCents", 100));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("detail").asText()).contains("reason");
    }

    @Test
    void staff_search_invoices_by_regie_month_and_status_and_parents_may_not() {
        CreatedFamily family = town.family("Juillet", 700, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 7, 1), 3, BOOKED_MEAL);
        town.run("SCHOOL", "2026-07", true);

        JsonNode found = expect(200, portal.call("GET", "/api/v1/admin/invoices?regie=SCHOOL&month=2026-07&status=ISSUED", town.finance, null)).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("familyId").asText()).isEqualTo(family.id());
        assertThat(found.get(0).get("totalCents").asLong()).isEqualTo(750);
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/invoices?month=2026-07&status=PAID", town.finance, null)).json()).isEmpty();
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/invoices?regie=EARLY_CHILDHOOD&month=2026-07", town.schoolAgent, null)).json()).isEmpty();
        var badStatus = portal.call("GET", "/api/v1/admin/invoices?status=IMPAYEE", town.finance, null);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("detail").asText()).contains("status");
        String parent = town.parent(family, "juillet.parent");
        assertThat(portal.call("GET", "/api/v1/admin/invoices", parent, null).status()).isEqualTo(403);
        assertThat(portal.call("GET", "/api/v1/admin/invoices/" + found.get(0).get("id").asText(), parent, null).status()).isEqualTo(403);
        assertThat(portal.call("GET", "/api/v1/admin/invoices/" + found.get(0).get("id").asText() + "/pdf", town.finance, null).contentType())
                .startsWith("application/pdf");
    }

    @Test
    void tariffs_are_set_by_finance_staff_published_to_everyone_and_never_inside_an_issued_month() {
        var canteen = portal.call("PUT", "/api/v1/admin/tariffs/canteen", town.finance, BillingTown.canteenTariff("2027-01-01"));
        assertThat(canteen.status()).isEqualTo(200);
        assertThat(canteen.json().get("brackets")).hasSize(3);
        var nursery = portal.call("PUT", "/api/v1/admin/tariffs/nursery", town.finance, BillingTown.nurseryTariff("2027-01-01"));
        assertThat(nursery.status()).isEqualTo(200);
        assertThat(nursery.json().get("effortRates").get("1").decimalValue()).isEqualByComparingTo("0.000619");

        JsonNode published = expect(200, portal.call("GET", "/api/v1/public/tariffs", null, null)).json();
        assertThat(published.get("canteen").findValuesAsText("validFrom")).containsExactly("2026-01-01", "2027-01-01");
        assertThat(published.get("canteen").get(0).get("nonResidentPriceCents").asLong()).isEqualTo(500);
        JsonNode psu = published.get("nursery").get(0);
        assertThat(psu.get("floorCents").asLong()).isEqualTo(80_100);
        assertThat(psu.get("hourlyRates").get("1").get("minCents").asLong()).isEqualTo(50);
        assertThat(psu.get("hourlyRates").get("1").get("maxCents").asLong()).isEqualTo(433);

        CreatedFamily family = town.family("Mars", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 3, 2), 2, BOOKED_MEAL);
        town.run("SCHOOL", "2026-03", true);
        var inIssued = portal.call("PUT", "/api/v1/admin/tariffs/canteen", town.finance, BillingTown.canteenTariff("2026-03-15"));
        assertThat(inIssued.status()).isEqualTo(422);
        assertThat(inIssued.code()).isEqualTo("TARIFF_PERIOD_ALREADY_BILLED");

        Map<String, Object> noDefault = new HashMap<>(BillingTown.canteenTariff("2027-02-01"));
        noDefault.remove("defaultPriceCents");
        var missing = portal.call("PUT", "/api/v1/admin/tariffs/canteen", town.finance, noDefault);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asText()).contains("defaultPriceCents");
        Map<String, Object> fiveChildren = new HashMap<>(BillingTown.nurseryTariff("2027-02-01"));
        fiveChildren.put("effortRates", Map.of("1", 0.000619, "2", 0.000516, "3", 0.000413, "5", 0.000310, "8", 0.000206));
        var unknownBracket = portal.call("PUT", "/api/v1/admin/tariffs/nursery", town.finance, fiveChildren);
        assertThat(unknownBracket.status()).isEqualTo(400);
        assertThat(unknownBracket.json().get("detail").asText()).contains("effortRates.5");
        assertThat(portal.call("PUT", "/api/v1/admin/tariffs/canteen", town.schoolAgent, BillingTown.canteenTariff("2027-03-01")).code())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void a_direct_debit_mandate_is_set_with_a_valid_iban_and_shown_masked() {
        CreatedFamily family = town.family("Prelev", 450, true, null, 1);
        String path = "/api/v1/admin/families/" + family.id() + "/direct-debit";

        var set = portal.call("PUT", path, town.finance, Map.of("regie", "SCHOOL", "active", true, "iban", "FR76 3000 6000 0112 3456 7890 189"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("active").asBoolean()).isTrue();
        assertThat(set.json().get("iban").asText()).isEqualTo("FR76 **** **** **** **** ***0 189");
        var badIban = portal.call("PUT", path, town.finance, Map.of("regie", "SCHOOL", "active", true, "iban", "FR7630006000011234567890188"));
        assertThat(badIban.status()).isEqualTo(400);
        assertThat(badIban.json().get("detail").asText()).contains("iban");
        assertThat(portal.call("PUT", path, town.finance, Map.of("regie", "EARLY_CHILDHOOD", "active", true)).status()).isEqualTo(400);
        assertThat(portal.call("PUT", "/api/v1/admin/families/" + UUID.randomUUID() + "/direct-debit", town.finance,
                Map.of("regie", "SCHOOL", "active", false)).status()).isEqualTo(404);
        assertThat(portal.call("PUT", path, town.schoolAgent, Map.of("regie", "SCHOOL", "active", false)).status()).isEqualTo(403);
        JsonNode audit = expect(200, portal.call("GET", "/api/v1/admin/audit?from=2026-10-02&to=2026-10-02", portal.admin(), null)).json();
        assertThat(audit.toString()).contains("DIRECT_DEBIT_SET").doesNotContain("30006000011234567890");
    }

    @Test
    void the_run_exports_as_csv_and_prints_its_paper_invoices_in_one_pdf() throws Exception {
        CreatedFamily paper = town.family("Aout", 450, true, null, 1);
        town.meals(paper.child(0), LocalDate.of(2026, 8, 3), 3, BOOKED_MEAL);
        JsonNode run = town.run("SCHOOL", "2026-08", true);
        String id = run.get("id").asText();

        var csv = expect(200, portal.call("GET", "/api/v1/admin/billing-runs/" + id + "/invoices.csv", town.finance, null));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("numéro;foyer;régie;mois;émise le;échéance").contains("Aout;Affaires scolaires;2026-08;2026-10-02;2026-11-15;3,00;0,00;0,00;3,00;À payer;papier");

        var print = expect(200, portal.call("GET", "/api/v1/admin/billing-runs/" + id + "/print.pdf", town.finance, null));
        assertThat(print.contentType()).startsWith("application/pdf");
        assertThat(pdfText(print.bytes())).contains("Famille Aout", run.get("invoices").get(0).get("number").asText());
        assertThat(portal.call("GET", "/api/v1/admin/billing-runs/" + id + "/print.pdf", town.schoolAgent, null).status()).isEqualTo(403);
    }

    @Test
    void a_family_with_online_invoices_is_emailed_once_issued_and_left_out_of_the_print_batch() throws Exception {
        CreatedFamily online = town.family("Enligne", 450, true, null, 1);
        CreatedFamily paper = town.family("Papier", 450, true, null, 1);
        town.meals(online.child(0), LocalDate.of(2026, 1, 5), 2, BOOKED_MEAL);
        town.meals(paper.child(0), LocalDate.of(2026, 1, 5), 2, BOOKED_MEAL);
        String parent = town.parent(online, "enligne.parent");
        expect(200, portal.call("PUT", "/api/v1/me/billing-preference", parent, Map.of("paperless", true)));

        JsonNode run = town.run("SCHOOL", "2026-01", true);

        assertThat(run.get("notifiedFamilies").asInt()).isEqualTo(1);
        String invoice = invoiceOf(run, online);
        Instant deadline = Instant.now().plusSeconds(20);
        List<Outbox.Sent> mails = List.of();
        while (mails.isEmpty() && Instant.now().isBefore(deadline)) {
            // the emails leave in the background once the run is committed
            Thread.sleep(50);
            mails = Outbox.to(portal, "enligne.parent@example.fr").stream().filter(m -> m.subject().contains("Nouvelle facture")).toList();
        }
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("AS-2026-");
            assertThat(mail.text()).contains(TestPortal.BASE_URL + "/espace/factures/" + invoice, "janvier 2026", "2,00");
        });
        assertThat(Outbox.to(portal, "papier@example.fr")).isEmpty();
        String printed = pdfText(expect(200, portal.call("GET", "/api/v1/admin/billing-runs/" + run.get("id").asText() + "/print.pdf",
                town.finance, null)).bytes());
        assertThat(printed).contains("Famille Papier").doesNotContain("Famille Enligne");
    }

    @Test
    void everything_issued_survives_a_restart() {
        CreatedFamily family = town.family("Fevrier", 450, true, null, 1);
        town.meals(family.child(0), LocalDate.of(2026, 2, 2), 4, BOOKED_MEAL);
        String invoice = invoiceOf(town.run("SCHOOL", "2026-02", true), family);
        expect(201, portal.call("POST", "/api/v1/admin/invoices/" + invoice + "/payments", town.finance,
                Map.of("method", "CASH", "amountCents", 100, "receivedOn", "2026-10-02")));
        String before = expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice, town.finance, null)).body();

        town.portal = town.portal.restart();
        portal = town.portal;

        String finance = portal.agent("FINANCE_AGENT");
        assertThat(expect(200, portal.call("GET", "/api/v1/admin/invoices/" + invoice, finance, null)).body()).isEqualTo(before);
        assertThat(portal.call("POST", "/api/v1/admin/billing-runs", finance, Map.of("regie", "SCHOOL", "month", "2026-02", "issue", true)).code())
                .isEqualTo("MONTH_ALREADY_ISSUED");
        assertThat(expect(200, portal.call("GET", "/api/v1/public/tariffs", null, null)).json().get("canteen")).isNotEmpty();
    }
}
