package fr.espacefamille.domain.enrolment;

import java.util.Objects;

import fr.espacefamille.domain.family.SchoolId;

/**
 * One row of the school sector map: the numbers {@code from}–{@code to} (inclusive) of one side of
 * a street go to {@code school}. {@code line} is the row's line in the uploaded file (header = 1).
 */
public record SectorRow(int line, String street, int from, int to, SectorSide side, SchoolId school) {

    public SectorRow {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(school, "school");
        if (StreetAddress.normalise(street).isEmpty()) {
            throw new IllegalArgumentException("nom de rue vide");
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("numéros invalides : « de » doit être positif et au plus « à »");
        }
    }

    public String normalisedStreet() {
        return StreetAddress.normalise(street);
    }

    public boolean covers(int number) {
        return number >= from && number <= to && side.covers(number);
    }

    /** Whether some number of the same street belongs to both rows. */
    public boolean overlaps(SectorRow other) {
        if (!normalisedStreet().equals(other.normalisedStreet())) {
            return false;
        }
        int low = Math.max(from, other.from);
        int high = Math.min(to, other.to);
        if (low > high || (side != SectorSide.ALL && other.side != SectorSide.ALL && side != other.side)) {
            return false;
        }
        // the sides agree (or one is ALL): two numbers in common always include one of each parity
        return high > low || (covers(low) && other.covers(low));
    }
}
