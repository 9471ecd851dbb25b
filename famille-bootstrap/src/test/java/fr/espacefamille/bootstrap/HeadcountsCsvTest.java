package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kitchen's headcounts as CSV (issue #20 L3, issue #14 item 12): schools named like spreadsheet
 * formulas come out neutralised from the API and the staff download; the download is in French with
 * a byte-order mark and each day's town total.
 */
class HeadcountsCsvTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.test\",\"menu\")", "+1+1", "-2+3", "@SUM(1,1)");

    static TestPortal portal;
    static CanteenTown town;

    @BeforeAll
    static void start() {
        portal = TestPortal.h2(CanteenTown.CLOCK);
        town = new CanteenTown(portal);
        for (String name : FORMULAS) {
            CanteenTown.expect(portal.call("POST", "/api/v1/admin/schools", town.agent, Map.of("name", name)), 201);
        }
        CanteenTown.expect(portal.call("PUT", "/api/v1/children/" + town.lea + "/canteen/2026-09-21", town.claire, null), 200);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static TestPortal.Response page(String path) {
        return CanteenTown.send(portal, "GET", path, Map.of("Cookie", "famille_session=" + town.agent), null);
    }

    private static void noCellRunsAsAFormula(String csv) {
        for (String line : csv.split("\r\n")) {
            assertThat(Arrays.stream(line.split(";")).map(cell -> cell.replaceFirst("^\"", "")))
                    .as(line).noneMatch(cell -> !cell.isEmpty() && "=+-@\t".indexOf(cell.charAt(0)) >= 0);
        }
    }

    @Test
    void the_api_s_csv_keeps_its_columns_and_neutralises_formulas() {
        var csv = portal.call("GET", "/api/v1/admin/canteen/headcounts?from=2026-09-21&to=2026-09-21", town.agent, null,
                Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("date;school;meals\r\n");
        assertThat(csv.body().split("\r\n")).contains("2026-09-21;\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"menu\"\")\";0",
                "2026-09-21;'+1+1;0", "2026-09-21;'-2+3;0", "2026-09-21;'@SUM(1,1);0", "2026-09-21;École Louis Pasteur;1");
        noCellRunsAsAFormula(csv.body());
        var json = portal.call("GET", "/api/v1/admin/canteen/headcounts?from=2026-09-21&to=2026-09-21", town.agent, null);
        assertThat(json.json().findValuesAsText("school")).as("JSON keeps the names as they are").containsAll(FORMULAS);
    }

    @Test
    void the_kitchen_s_download_is_french_for_excel_with_the_town_s_daily_total() {
        var csv = page("/agents/cantine/effectifs.csv?du=2026-09-07&au=2026-09-21");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("date;école;repas;définitif\r\n");
        assertThat(text.split("\r\n")).contains("2026-09-21;'+1+1;0;non", "2026-09-21;École Louis Pasteur;1;non",
                "2026-09-21;Total commune;1;non", "2026-09-07;Total commune;0;oui");
        noCellRunsAsAFormula(text);
        var page = page("/agents/cantine/effectifs?du=2026-09-21&au=2026-09-21");
        assertThat(page.body()).contains("<th scope=\"row\" data-label=\"École\">Total commune</th>", "=HYPERLINK(");
    }
}
