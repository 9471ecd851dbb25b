package fr.espacefamille.application.family;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/** Out-port: the town's schools. */
public interface Schools {

    void add(School school);

    Optional<School> byId(SchoolId id);

    List<School> all();
}
