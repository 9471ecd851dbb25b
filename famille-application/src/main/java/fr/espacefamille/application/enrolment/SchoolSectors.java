package fr.espacefamille.application.enrolment;

import fr.espacefamille.domain.enrolment.SectorMap;

/** Out-port: the town's school sector map, replaced as a whole. */
public interface SchoolSectors {

    void replace(SectorMap map);

    /** The current map; empty before the first upload. */
    SectorMap current();
}
