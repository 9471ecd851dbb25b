package fr.espacefamille.application.family;

import static fr.espacefamille.application.InMemoryPortal.AGENT;
import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

class EditFamilyTest {

    private final InMemoryPortal portal = new InMemoryPortal();
    private final EditFamily edit = new EditFamily(portal.families, portal.tx, portal.audit);
    private final AddChild addChild = new AddChild(portal.families, portal.town.stores().schools(), portal.tx, portal.audit);

    @Test
    void staff_record_the_household_that_sets_the_nursery_rate_and_a_new_address() {
        CreateFamily.Result martin = portal.martin();
        Address moved = new Address("3 rue des Ajoncs", null, "44480", "Donges");

        Family edited = edit.edit(AGENT, martin.id(), new EditFamily.Command(moved, true,
                new Resources(Money.ofCents(3_000_000), 3, true)));

        Family stored = portal.families.byId(martin.id()).orElseThrow();
        assertThat(stored).isEqualTo(edited);
        assertThat(stored.address()).isEqualTo(moved);
        assertThat(stored.resources()).isEqualTo(new Resources(Money.ofCents(3_000_000), 3, true));
        assertThat(portal.audit("FAMILY_EDITED")).singleElement().satisfies(entry -> {
            assertThat(entry.before()).contains("\"annualResourcesCents\":null");
            assertThat(entry.after()).contains("\"annualResourcesCents\":3000000", "\"dependentChildren\":3",
                    "\"disabledChild\":true", "3 rue des Ajoncs");
        });
    }

    @Test
    void an_unchanged_file_writes_no_audit_entry() {
        CreateFamily.Result martin = portal.martin();
        Family family = portal.families.byId(martin.id()).orElseThrow();

        edit.edit(AGENT, martin.id(), new EditFamily.Command(family.address(), family.resident(), family.resources()));

        assertThat(portal.audit("FAMILY_EDITED")).isEmpty();
    }

    @Test
    void a_parent_may_not_edit_the_file_and_an_unknown_family_is_not_found() {
        CreateFamily.Result martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        Actor claire = portal.session("claire.m", STRONG).actor();
        Family family = portal.families.byId(martin.id()).orElseThrow();
        EditFamily.Command same = new EditFamily.Command(family.address(), false, Resources.UNDECLARED);

        assertThatThrownBy(() -> edit.edit(claire, martin.id(), same))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> edit.edit(AGENT, FamilyId.random(), same))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void staff_add_a_newborn_to_the_family() {
        CreateFamily.Result martin = portal.martin();
        int before = portal.families.byId(martin.id()).orElseThrow().children().size();

        ChildId born = addChild.add(AGENT, martin.id(), CreateFamily.NewChild.born("Jules", "Martin", LocalDate.of(2026, 8, 1)));

        Family family = portal.families.byId(martin.id()).orElseThrow();
        assertThat(family.children()).hasSize(before + 1);
        assertThat(family.child(born)).hasValueSatisfying(c -> assertThat(c.fullName()).isEqualTo("Jules Martin"));
        assertThat(portal.audit("CHILD_ADDED")).singleElement().satisfies(e -> assertThat(e.after()).contains("Jules"));
    }

    @Test
    void a_child_at_an_unknown_school_is_refused_and_nothing_is_added() {
        CreateFamily.Result martin = portal.martin();
        int before = portal.families.byId(martin.id()).orElseThrow().children().size();

        assertThatThrownBy(() -> addChild.add(AGENT, martin.id(), CreateFamily.NewChild.born("Jules", "Martin", LocalDate.of(2020, 8, 1))
                .atSchool(fr.espacefamille.domain.family.SchoolId.random(), fr.espacefamille.domain.family.Grade.GS)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().field()).hasValue("schoolId"));
        assertThat(portal.families.byId(martin.id()).orElseThrow().children()).hasSize(before);
    }

    @Test
    void staff_see_each_guardian_s_username_once_the_account_exists() {
        CreateFamily.Result martin = portal.martin();
        portal.activateFirst(martin, "claire.m");

        FamilyDetails details = portal.town.families().find().details(AGENT, martin.id());

        FamilyDetails.GuardianAccess first = details.accessOf(martin.guardians().get(0).guardian());
        assertThat(first.username()).isEqualTo("claire.m");
        assertThat(first.accountActivated()).isTrue();
        assertThat(first.accountCreatedAt()).isEqualTo(InMemoryPortal.START);
    }
}
