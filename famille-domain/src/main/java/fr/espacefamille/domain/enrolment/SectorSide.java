package fr.espacefamille.domain.enrolment;

/** Which numbers of a street range a sector row covers. */
public enum SectorSide {
    ALL, ODD, EVEN;

    public boolean covers(int number) {
        return this == ALL || (number % 2 == 1) == (this == ODD);
    }
}
