package fr.espacefamille.adapter.jdbc.canteen;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/** Two schools and a family whose Léa and Zoé go to Pasteur and Malo to Prévert, stored in a backend. */
final class CanteenFixture {

    final School pasteur = new School(SchoolId.random(), "École Louis Pasteur", null);
    final School prevert = new School(SchoolId.random(), "École Jacques Prévert", null);
    final Child lea = new Child(ChildId.random(), "Léa", "Martin", LocalDate.of(2018, 3, 14), pasteur.id(), Grade.CE1);
    final Child zoe = new Child(ChildId.random(), "Zoé", "Abel", LocalDate.of(2019, 1, 2), pasteur.id(), Grade.CP);
    final Child malo = new Child(ChildId.random(), "Malo", "Martin", LocalDate.of(2020, 9, 21), prevert.id(), Grade.MS);
    final Family family = Fixtures.family("Martin", List.of(Fixtures.guardian("Claire", "Martin", null)), List.of(lea, zoe, malo));

    CanteenFixture(Backend backend) {
        backend.schools().add(pasteur);
        backend.schools().add(prevert);
        backend.families().add(family);
    }
}
