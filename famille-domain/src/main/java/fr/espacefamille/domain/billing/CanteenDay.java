package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.family.ChildId;

/** One child's canteen day, as the canteen reports it to billing. */
public record CanteenDay(ChildId child, LocalDate date, CanteenDayKind kind) {

    public CanteenDay {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
