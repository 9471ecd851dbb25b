package fr.espacefamille.domain.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import fr.espacefamille.domain.family.SchoolId;

/**
 * The school sector map (périmètre scolaire): which school an address belongs to. Uploaded as CSV
 * {@code street;from;to;side;school} with a header line; a bad line refuses the whole file and is
 * named by its number (the header is line 1).
 */
public record SectorMap(List<SectorRow> rows) {

    public static final String HEADER = "street;from;to;side;school";

    /** A line of the file that cannot be taken, with its number and why, in French. */
    public static final class BadLine extends IllegalArgumentException {

        private final int line;

        public BadLine(int line, String reason) {
            super("ligne " + line + " : " + reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public SectorMap {
        rows = List.copyOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (rows.get(i).overlaps(rows.get(j))) {
                    throw new BadLine(rows.get(i).line(), "ce secteur chevauche celui de la ligne " + rows.get(j).line()
                            + " (" + rows.get(i).street() + ")");
                }
            }
        }
    }

    /** Parses the file; {@code schoolByName} finds a school by its name. Throws {@link BadLine} for the first bad line. */
    public static SectorMap parse(String csv, Function<String, Optional<SchoolId>> schoolByName) {
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r?\n", -1);
        if (!lines[0].strip().toLowerCase(Locale.ROOT).replace(" ", "").equals(HEADER)) {
            throw new BadLine(1, "l'en-tête attendu est « " + HEADER + " »");
        }
        List<SectorRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(row(i + 1, lines[i], schoolByName));
            }
        }
        return new SectorMap(rows);
    }

    private static SectorRow row(int line, String text, Function<String, Optional<SchoolId>> schoolByName) {
        String[] cells = text.split(";", -1);
        if (cells.length != 5) {
            throw new BadLine(line, "5 colonnes séparées par « ; » sont attendues");
        }
        int from = number(line, cells[1], "de");
        int to = number(line, cells[2], "à");
        SectorSide side;
        try {
            side = SectorSide.valueOf(cells[3].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadLine(line, "côté inconnu « " + cells[3].strip() + " » (ALL, ODD ou EVEN)");
        }
        SchoolId school = schoolByName.apply(cells[4].strip())
                .orElseThrow(() -> new BadLine(line, "école inconnue « " + cells[4].strip() + " »"));
        try {
            return new SectorRow(line, cells[0].strip(), from, to, side, school);
        } catch (IllegalArgumentException e) {
            throw new BadLine(line, e.getMessage());
        }
    }

    private static int number(int line, String cell, String name) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new BadLine(line, "numéro « " + name + " » invalide « " + cell.strip() + " »");
        }
    }

    /**
     * The sector school of an address line. Without a number, the street's school when all its rows
     * name the same school (else none: staff decide).
     */
    public Optional<SchoolId> schoolOf(String line1) {
        StreetAddress address = StreetAddress.parse(line1);
        List<SectorRow> street = rows.stream().filter(r -> r.normalisedStreet().equals(address.street())).toList();
        if (address.number().isEmpty()) {
            List<SchoolId> schools = street.stream().map(SectorRow::school).distinct().toList();
            return schools.size() == 1 ? Optional.of(schools.get(0)) : Optional.empty();
        }
        int number = address.number().getAsInt();
        return street.stream().filter(r -> r.covers(number)).map(SectorRow::school).findFirst();
    }
}
