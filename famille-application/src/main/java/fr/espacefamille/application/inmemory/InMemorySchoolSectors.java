package fr.espacefamille.application.inmemory;

import java.util.List;
import java.util.Map;

import fr.espacefamille.application.enrolment.SchoolSectors;
import fr.espacefamille.domain.enrolment.SectorMap;

/** In-memory {@link SchoolSectors}. */
public final class InMemorySchoolSectors implements SchoolSectors {

    private final Map<String, SectorMap> map;

    public InMemorySchoolSectors(InMemoryTransactions transactions) {
        this.map = new InMemoryMap<String, SectorMap>(transactions).map();
    }

    @Override
    public void replace(SectorMap sectors) {
        map.put("map", sectors);
    }

    @Override
    public SectorMap current() {
        return map.getOrDefault("map", new SectorMap(List.of()));
    }
}
