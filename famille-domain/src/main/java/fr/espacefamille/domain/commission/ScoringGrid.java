package fr.espacefamille.domain.commission;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The published scoring grid (grille de critères), valid from a date until the next grid. */
public record ScoringGrid(LocalDate validFrom, List<Criterion> criteria) {

    public static final String RESIDENT = "RESIDENT";
    public static final String SINGLE_PARENT = "SINGLE_PARENT";
    public static final String ALL_PARENTS_WORKING = "ALL_PARENTS_WORKING";
    public static final String ONE_WORKING_ONE_SEEKING = "ONE_WORKING_ONE_SEEKING";
    public static final String SIBLING_IN_NURSERY = "SIBLING_IN_NURSERY";
    public static final String TWINS = "TWINS";
    public static final String DISABLED_CHILD = "DISABLED_CHILD";

    public ScoringGrid {
        Objects.requireNonNull(validFrom, "La date de validité est obligatoire");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("La grille compte au moins un critère");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw new IllegalArgumentException("Le critère " + criterion.code() + " figure deux fois");
            }
        }
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The grid of §9 as the town published it. */
    public static ScoringGrid example(LocalDate validFrom) {
        return new ScoringGrid(validFrom, List.of(
                new Criterion(RESIDENT, "Le foyer réside dans la commune", 300),
                new Criterion(SINGLE_PARENT, "Famille monoparentale", 30),
                new Criterion(ALL_PARENTS_WORKING, "Chaque parent du foyer travaille", 40),
                new Criterion(ONE_WORKING_ONE_SEEKING, "Un parent travaille, l'autre cherche un emploi", 20),
                new Criterion(SIBLING_IN_NURSERY, "Un frère ou une sœur est accueilli au multi-accueil à la date d'entrée souhaitée", 20),
                new Criterion(TWINS, "Jumeaux ou plus", 20),
                new Criterion(DISABLED_CHILD, "L'enfant est en situation de handicap", 30)));
    }

    /** The grid valid on {@code day} among {@code grids}: the latest one starting on or before it. */
    public static Optional<ScoringGrid> validOn(List<ScoringGrid> grids, LocalDate day) {
        return grids.stream().filter(g -> !g.validFrom().isAfter(day))
                .max(java.util.Comparator.comparing(ScoringGrid::validFrom));
    }
}
