package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;

/** In-memory {@link SchoolYears}. */
public final class InMemorySchoolYears implements SchoolYears {

    private final Map<SchoolYearLabel, SchoolYear> years;

    public InMemorySchoolYears(InMemoryTransactions transactions) {
        this.years = new InMemoryMap<SchoolYearLabel, SchoolYear>(transactions).map();
    }

    @Override
    public void save(SchoolYear year) {
        years.put(year.label(), year);
    }

    @Override
    public List<SchoolYear> all() {
        return years.values().stream().sorted(Comparator.comparing(SchoolYear::start)).toList();
    }
}
