package fr.espacefamille.adapter.http.shared;

import java.nio.charset.StandardCharsets;

/**
 * The one way the portal writes CSV: {@code ;} between cells and CRLF between lines as French
 * spreadsheets expect, a cell holding a separator, quote or line break quoted, and a text cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * neutralised by a leading apostrophe. Figures ({@link Number}, {@link Figure}) are written as they are.
 * Downloads for people carry a UTF-8 byte-order mark so that Excel shows accents.
 */
public final class Csv {

    /** A number already written for a French spreadsheet (« -12,50 »): never neutralised, so that it stays a number. */
    public record Figure(String text) {
    }

    private final StringBuilder text = new StringBuilder();

    private Csv() {
    }

    public static Csv withHeader(String... columns) {
        return new Csv().row((Object[]) columns);
    }

    /** One line; {@code null} is an empty cell. */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Figure) {
            return value instanceof Figure figure ? figure.text() : value.toString();
        }
        String cell = value.toString();
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** For a person's spreadsheet: UTF-8 with a byte-order mark. */
    public byte[] forSpreadsheet() {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** For a program reading the API: UTF-8 without a byte-order mark, the first line being the header API.md names. */
    public byte[] forProgram() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
