package fr.espacefamille.domain.family;

import fr.espacefamille.domain.shared.Money;

/**
 * What the nursery's hourly rate (barème PSU) depends on: declared annual resources (absent when
 * the family declared none), dependent children and whether one of them is disabled.
 */
public record Resources(Money annualResources, int dependentChildren, boolean disabledChild) {

    public static final Resources UNDECLARED = new Resources(null, 1, false);

    public Resources {
        if (annualResources != null && annualResources.isNegative()) {
            throw new IllegalArgumentException("Les ressources annuelles ne peuvent pas être négatives");
        }
        if (dependentChildren < 1 || dependentChildren > 20) {
            throw new IllegalArgumentException("Le nombre d'enfants à charge doit être compris entre 1 et 20");
        }
    }

    public boolean declared() {
        return annualResources != null;
    }
}
