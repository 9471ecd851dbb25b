package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.http.audit.AuditApi;
import fr.espacefamille.adapter.http.family.ChildrenApi;
import fr.espacefamille.adapter.http.family.FamilyApi;
import fr.espacefamille.adapter.http.family.FamilyPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.application.audit.ReadAuditLog;
import fr.espacefamille.application.family.AddChild;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.family.EditFamily;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.ListChildren;
import fr.espacefamille.application.family.UpdateQuotient;

/** Families, schools and the audit log. */
final class FamilyWiring {

    final CreateFamily createFamily;
    final CreateSchool createSchool;
    final FindFamily findFamily;
    final UpdateQuotient updateQuotient;
    final EditFamily editFamily;
    final AddChild addChild;
    final ReadAuditLog readAuditLog;

    FamilyWiring(SharedWiring core) {
        createFamily = new CreateFamily(core.families(), core.schools(), core.keyIssuer(), core.transactions(), core.audit(), core.clock());
        createSchool = new CreateSchool(core.schools(), core.transactions(), core.audit());
        findFamily = new FindFamily(core.families(), core.accounts(), core.activationKeys());
        updateQuotient = new UpdateQuotient(core.families(), core.transactions(), core.audit());
        editFamily = new EditFamily(core.families(), core.transactions(), core.audit());
        addChild = new AddChild(core.families(), core.schools(), core.transactions(), core.audit());
        readAuditLog = new ReadAuditLog(core.auditLog());
    }

    List<Feature> features(SharedWiring core) {
        return List.of(
                new FamilyApi(createFamily, findFamily, updateQuotient, createSchool, editFamily, addChild, core.clock()),
                new FamilyPages(createFamily, findFamily, core.schools()),
                new AuditApi(readAuditLog),
                new ChildrenApi(new ListChildren(core.families(), core.enrolments(), core.clock())));
    }
}
