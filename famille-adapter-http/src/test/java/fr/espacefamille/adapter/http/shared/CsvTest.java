package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The one CSV writer: separators, quoting, formulas neutralised, the byte-order mark for spreadsheets. */
class CsvTest {

    /** The four formulas of the security review, and a tab or carriage return before one. */
    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() {
        Csv csv = Csv.withHeader("école").row("=HYPERLINK(\"http://evil.test\",\"École\")").row("+1+1").row("-2+3").row("@SUM(1,1)")
                .row("\t=1+1").row("\r=1+1");
        assertThat(new String(csv.forProgram(), StandardCharsets.UTF_8)).isEqualTo("école\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"École\"\")\"\r\n"
                + "'+1+1\r\n"
                + "'-2+3\r\n"
                + "'@SUM(1,1)\r\n"
                + "'\t=1+1\r\n"
                + "\"'\r=1+1\"\r\n");
    }

    @Test
    void separators_quotes_and_line_breaks_are_quoted() {
        assertThat(Csv.cell("École Jacques; \"Prévert\"")).isEqualTo("\"École Jacques; \"\"Prévert\"\"\"");
        assertThat(Csv.cell("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
        assertThat(Csv.cell("Les Oiseaux")).isEqualTo("Les Oiseaux");
    }

    @Test
    void figures_stay_numbers_even_when_negative_and_nulls_are_empty() {
        byte[] bytes = Csv.withHeader("date", "montant", "repas", "note").row(LocalDate.of(2026, 9, 7), new Csv.Figure("-12,50"), -3, null)
                .forSpreadsheet();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFdate;montant;repas;note\r\n2026-09-07;-12,50;-3;\r\n");
    }
}
