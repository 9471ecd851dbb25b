package fr.espacefamille.domain.family;

/** School grade (classe/niveau), from the first year of nursery school to the last of primary. */
public enum Grade {
    PS, MS, GS, CP, CE1, CE2, CM1, CM2
}
