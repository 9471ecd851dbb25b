package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo town's history ends on whatever day the portal starts: school year running, Christmas
 * holidays, summer, the first days of September. Each promise of the README is checked through the
 * API as the parent who has the history and as staff.
 */
class HistoryDemoTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T10:00:00+01:00", "2027-01-04T08:00:00+01:00", "2027-07-20T15:00:00+02:00",
            "2026-09-01T09:30:00+02:00", "2026-09-21T09:30:00+02:00", "2027-03-15T12:00:00+01:00", "2027-02-01T07:30:00+01:00",
            "2027-12-01T08:00:00+01:00"})
    void the_demo_shows_every_demarche_with_a_history_that_ends_today(String now) {
        LocalDate today = java.time.OffsetDateTime.parse(now).toLocalDate();
        try (TestPortal demo = TestPortal.demoAt(now)) {
            String parent = demo.signIn(DemoTown.PARENT, DemoTown.PARENT_PASSWORD);
            String finance = demo.signIn(HistoryDemo.FINANCE_AGENT, HistoryDemo.STAFF_PASSWORD);
            String school = demo.signIn(HistoryDemo.SCHOOL_AGENT, HistoryDemo.STAFF_PASSWORD);
            String nursery = demo.signIn(HistoryDemo.NURSERY_AGENT, HistoryDemo.STAFF_PASSWORD);

            JsonNode children = ok(demo.call("GET", "/api/v1/children", parent, null));
            JsonNode lea = child(children, "Léa");
            String tom = child(children, "Tom").get("id").asText();
            LocalDate from = HistoryDemo.canteenStart(today);

            // past canteen bookings, checked by the school agent, and Léa's illness with its certificate
            List<JsonNode> days = new ArrayList<>();
            // month by month: a range may not straddle two school years (August belongs to none)
            for (LocalDate start = from; start.isBefore(today); start = start.plusMonths(1)) {
                if (start.getMonth() == Month.AUGUST) {
                    continue;
                }
                LocalDate end = start.plusMonths(1).isBefore(today) ? start.plusMonths(1).minusDays(1) : today.minusDays(1);
                ok(demo.call("GET", "/api/v1/children/" + lea.get("id").asText() + "/canteen?from=" + start + "&to=" + end, parent, null))
                        .forEach(days::add);
            }
            List<LocalDate> booked = days.stream().filter(d -> d.get("status").asText().equals("BOOKED"))
                    .map(d -> LocalDate.parse(d.get("date").asText())).toList();
            assertThat(booked).as("past meals").hasSizeGreaterThan(5);
            assertThat(days.stream().filter(d -> d.get("status").asText().equals("ABSENT"))).as("the illness").hasSize(3);
            LocalDate lastMeal = booked.get(booked.size() - 1);
            JsonNode sheet = ok(demo.call("GET", "/api/v1/admin/canteen/attendance/" + lea.get("schoolId").asText() + "/" + lastMeal, school, null));
            assertThat(sheet.toString()).as("attendance on " + lastMeal).contains("\"present\":true");
            JsonNode documents = ok(demo.call("GET", "/api/v1/documents", parent, null));
            assertThat(documents.toString()).contains("MEDICAL_CERTIFICATE");

            // the Martins' invoices: last month's to pay, one paid by card, one overdue, the canteen by direct debit
            List<JsonNode> invoices = new ArrayList<>();
            ok(demo.call("GET", "/api/v1/invoices", parent, null))
                    .forEach(i -> invoices.add(ok(demo.call("GET", "/api/v1/invoices/" + i.get("id").asText(), parent, null))));
            YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
            assertThat(invoices).as("last month's nursery invoice, to pay by card").anySatisfy(i -> {
                assertThat(i.get("regie").asText()).isEqualTo("EARLY_CHILDHOOD");
                assertThat(i.get("month").asText()).isEqualTo(lastMonth.toString());
                assertThat(i.get("status").asText()).isEqualTo("ISSUED");
                assertThat(i.get("balanceCents").asLong()).isPositive();
            });
            assertThat(invoices).as("paid by card").anySatisfy(i -> {
                assertThat(i.get("status").asText()).isEqualTo("PAID");
                assertThat(i.path("payments").path(0).path("method").asText()).isEqualTo("CARD");
            });
            assertThat(invoices).as("collected by direct debit").anySatisfy(i -> {
                assertThat(i.get("status").asText()).isEqualTo("PAID");
                assertThat(i.path("payments").path(0).path("method").asText()).isEqualTo("DIRECT_DEBIT");
            });
            assertThat(invoices.stream().filter(i -> i.get("regie").asText().equals("SCHOOL")))
                    .as("every canteen invoice collected or waiting for its collection").allSatisfy(i -> assertThat(
                            i.path("directDebit").path("status").asText()).isIn("COLLECTED", "PENDING"));
            // from mid-September to September's run, July's collection is past and no school month is billed since
            if (today.getMonth() != Month.SEPTEMBER || today.getDayOfMonth() <= 15) {
                assertThat(invoices).as("under direct debit").anySatisfy(i -> {
                    assertThat(i.get("status").asText()).isEqualTo("ISSUED");
                    assertThat(i.path("directDebit").path("status").asText()).isEqualTo("PENDING");
                    assertThat(LocalDate.parse(i.path("directDebit").path("collectionDate").asText())).isAfterOrEqualTo(today);
                });
            }
            JsonNode overdue = invoices.stream().filter(i -> i.get("status").asText().equals("OVERDUE")).findFirst().orElseThrow();
            LocalDate due = LocalDate.parse(overdue.get("dueOn").asText());
            assertThat(due).isBefore(today);
            assertThat(overdue.get("reminders").toString()).as("reminders as §11 makes them").isEqualTo(
                    today.isAfter(due.plusDays(25)) ? "[{\"level\":1,\"sentOn\":\"" + due.plusDays(10) + "\"},{\"level\":2,\"sentOn\":\""
                            + due.plusDays(25) + "\"}]"
                            : today.isAfter(due.plusDays(10)) ? "[{\"level\":1,\"sentOn\":\"" + due.plusDays(10) + "\"}]" : "[]");
            assertThat(invoices.stream().filter(i -> i.get("regie").asText().equals("EARLY_CHILDHOOD")).map(i -> i.get("month").asText()))
                    .as("the nursery billed every month since the contract").containsExactlyInAnyOrder(lastMonth.toString(),
                            lastMonth.minusMonths(1).toString(), lastMonth.minusMonths(2).toString());

            // last month's canteen run: one family paid, one left to pay, the Martins' under direct debit (not in August)
            JsonNode run = ok(demo.call("GET", "/api/v1/admin/invoices?regie=SCHOOL&month=" + lastMonth, finance, null));
            if (today.getMonth() != Month.SEPTEMBER) {
                assertThat(run.toString()).contains("\"familyName\":\"Nguyen\"", "\"familyName\":\"Durand\"", "\"familyName\":\"Martin\"",
                        "\"status\":\"PAID\"", "\"status\":\"ISSUED\"");
            }

            // a full nursery slot with two families waiting, Tom first
            JsonNode waiting = ok(demo.call("GET", "/api/v1/admin/nursery/waiting-lists", nursery, null));
            assertThat(waiting).hasSize(1);
            assertThat(waiting.get(0).get("waiting")).hasSize(2);
            assertThat(waiting.get(0).get("waiting").get(0).get("firstName").asText()).isEqualTo("Tom");
            String slotDay = waiting.get(0).get("date").asText();
            JsonNode slots = ok(demo.call("GET", "/api/v1/nursery/slots?from=" + slotDay + "&to=" + slotDay, parent, null));
            assertThat(slots.toString()).contains("\"period\":\"MORNING\",\"capacity\":20,\"available\":0");
            JsonNode bookings = ok(demo.call("GET", "/api/v1/children/" + tom + "/nursery/bookings", parent, null));
            assertThat(bookings.toString()).contains("\"status\":\"WAITLISTED\"", "\"waitlistPosition\":1");
        }
    }

    private static JsonNode ok(TestPortal.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode child(JsonNode children, String firstName) {
        List<JsonNode> found = new ArrayList<>();
        children.forEach(c -> {
            if (c.get("firstName").asText().equals(firstName)) {
                found.add(c);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
