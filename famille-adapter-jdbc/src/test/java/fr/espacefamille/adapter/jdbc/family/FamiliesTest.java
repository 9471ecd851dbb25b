package fr.espacefamille.adapter.jdbc.family;

import static fr.espacefamille.adapter.jdbc.Fixtures.child;
import static fr.espacefamille.adapter.jdbc.Fixtures.family;
import static fr.espacefamille.adapter.jdbc.Fixtures.guardian;
import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.FamilyQuotient;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;

/** What every {@link Families} store does. */
class FamiliesTest extends StoreContract {

    private Families families() {
        return backend.families();
    }

    /** Two guardians, a schoolchild and a toddler, declared resources and two quotients. */
    private Family fullFamily() {
        School school = new School(SchoolId.random(), "École Jules Ferry", null);
        backend.schools().add(school);
        Child pupil = new Child(ChildId.random(), "Léo", "Dupré", LocalDate.of(2019, 5, 2), school.id(), Grade.CP);
        Family created = aFamily("Dupré-Lefèvre").at(new Address("12 bd Victor Hugo", "Bât. B", "44100", "Nantes")).resident(false)
                .withQuotient(640, LocalDate.of(2026, 1, 1)).withResources(new Resources(Money.ofCents(3_250_000), 2, true)).paperless(true)
                .withGuardian(guardian("Hélène", "Dupré", "helene.dupre@exemple.fr")).withGuardian(guardian("Marc", "Lefèvre", null))
                .withChild(pupil).withChild(child("Inès", "Lefèvre")).build();
        return created.withQuotient(new FamilyQuotient(590, LocalDate.of(2025, 9, 1)));
    }

    @Test
    void reads_back_a_family_whole() {
        Family family = fullFamily();
        Family bare = family("Martin");
        families().add(family);
        families().add(bare);

        assertThat(families().byId(family.id())).contains(family);
        assertThat(families().byId(bare.id())).contains(bare);
    }

    @Test
    void finds_a_family_by_any_child_or_guardian() {
        Family family = fullFamily();
        families().add(family);

        assertThat(families().byChild(family.children().get(1).id())).contains(family);
        assertThat(families().byGuardian(family.guardians().get(1).id())).contains(family);
    }

    @Test
    void reads_the_facts_of_many_children_at_once_each_with_its_family_birth_date_and_disability() {
        Family dupre = fullFamily();
        Family martin = aFamily("Martin").withChild("Jade", LocalDate.of(2023, 2, 28)).build();
        families().add(dupre);
        families().add(martin);
        ChildId pupil = dupre.children().get(0).id();
        ChildId toddler = dupre.children().get(1).id();
        ChildId jade = martin.children().get(0).id();

        assertThat(families().factsOf(List.of(pupil, toddler, jade, ChildId.random()))).containsOnly(
                entry(pupil, new Families.ChildFacts(dupre.id(), LocalDate.of(2019, 5, 2), true)),
                entry(toddler, new Families.ChildFacts(dupre.id(), dupre.children().get(1).birthDate(), true)),
                entry(jade, new Families.ChildFacts(martin.id(), LocalDate.of(2023, 2, 28), false)));
    }

    @Test
    void answers_nothing_for_an_unknown_family_child_or_guardian() {
        families().add(family("Martin"));

        assertThat(families().byId(FamilyId.random())).isEmpty();
        assertThat(families().byChild(ChildId.random())).isEmpty();
        assertThat(families().factsOf(List.of(ChildId.random()))).isEmpty();
        assertThat(families().factsOf(List.of())).isEmpty();
        assertThat(families().byGuardian(GuardianId.random())).isEmpty();
    }

    @Test
    void update_saves_quotients_address_preference_and_contact_details_together() {
        Family family = fullFamily();
        families().add(family);
        Family changed = family
                .withQuotient(new FamilyQuotient(720, LocalDate.of(2026, 9, 1)))
                .withQuotient(new FamilyQuotient(600, LocalDate.of(2026, 1, 1)))
                .withAddress(new Address("1 place du Marché", null, "44000", "Nantes"))
                .withPaperless(false)
                .withGuardian(family.guardians().get(1).withContact("marc.lefevre@exemple.fr", null));

        families().update(changed);

        assertThat(families().byId(family.id())).contains(changed);
    }

    @Test
    void refuses_to_update_a_family_it_does_not_hold() {
        assertThatThrownBy(() -> families().update(family("Martin"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_to_add_the_same_family_twice() {
        Family family = family("Martin");
        families().add(family);

        assertThatThrownBy(() -> families().add(family)).isInstanceOf(RuntimeException.class);
        assertThat(families().byId(family.id())).contains(family);
    }

    @Test
    void search_matches_every_word_without_case_or_accents_in_names_and_emails() {
        Family dupre = fullFamily();
        Family martin = family("Martin", List.of(guardian("Jean", "Martin", "jean.martin@exemple.fr")),
                List.of(child("Zoé", "Martin")));
        families().add(dupre);
        families().add(martin);

        assertThat(families().search("HELENE dupr", 10)).containsExactly(dupre);
        assertThat(families().search("inès", 10)).containsExactly(dupre);
        assertThat(families().search("Martin@Exem", 10)).containsExactly(martin);
        assertThat(families().search("zoe jean", 10)).containsExactly(martin);
        assertThat(families().search("helene martin", 10)).isEmpty();
    }

    @Test
    void search_takes_wildcards_literally() {
        families().add(family("Martin"));

        assertThat(families().search("%", 10)).isEmpty();
        assertThat(families().search("mar_in", 10)).isEmpty();
        assertThat(families().search("!", 10)).isEmpty();
    }

    @Test
    void search_sorts_by_name_and_stops_at_the_limit_and_a_blank_query_lists_all() {
        Family petit = family("Petit");
        Family bernard = family("Bernard");
        Family martin = family("Martin");
        List.of(petit, bernard, martin).forEach(families()::add);

        assertThat(families().search("  ", 10)).containsExactly(bernard, martin, petit);
        assertThat(families().search("", 2)).containsExactly(bernard, martin);
        assertThat(families().search("camille", 10)).containsExactly(bernard, martin, petit);
    }

    @Test
    void pages_through_every_family_in_the_same_id_order_on_every_backend() {
        List<Family> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Family family = family("Famille" + i);
            families().add(family);
            all.add(family);
        }
        all.sort(Comparator.comparing(f -> f.id().toString()));

        List<Family> first = families().after(null, 3);
        List<Family> second = families().after(first.get(2).id(), 3);
        List<Family> third = families().after(second.get(2).id(), 3);

        assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(third).containsExactly(all.get(6));
        assertThat(families().after(all.get(6).id(), 3)).isEmpty();
    }
}
