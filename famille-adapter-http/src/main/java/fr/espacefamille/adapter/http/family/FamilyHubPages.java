package fr.espacefamille.adapter.http.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.billing.BillingFormat;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Downloads;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.commission.ReadNurseryRequests;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.family.AddChild;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.EditFamily;
import fr.espacefamille.application.family.FamilyDetails;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.family.UpdateQuotient;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The family's file as staff see it: a hub that links to everything of the family (invoices and
 * direct debit, each child's bookings and absences, documents, nursery contracts and requests) and
 * where staff correct the file (address, quotient, the household that sets the nursery's rate),
 * add a child and see each guardian's way in.
 */
public final class FamilyHubPages implements Feature {

    static final String FAMILIES = "/agents/familles";

    /** What the hub reads and changes. */
    public record UseCases(FindFamily findFamily, EditFamily editFamily, AddChild addChild, UpdateQuotient updateQuotient,
            Schools schools, ReadDirectDebits directDebits, ListDocuments documents, ReadDocument readDocument,
            ReadNurseryRequests nurseryRequests, ReadSchoolRequests schoolRequests, Clock clock) {
    }

    static final String RESOURCES = "Indiquez les ressources annuelles en euros, par exemple 36000 ou 36 000,00.";
    static final String DEPENDENTS = "Indiquez un nombre d'enfants à charge entre 1 et 20.";
    static final String QUOTIENT = "Indiquez un quotient familial entier entre 0 et 100 000.";

    private final UseCases u;

    public FamilyHubPages(UseCases useCases) {
        this.u = useCases;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(FAMILIES + "/{id}", ctx -> view(ctx, Pages.context(ctx, "Dossier famille"), Map.of()), Access.anyStaff());
        routes.post(FAMILIES + "/{id}", this::edit, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.post(FAMILIES + "/{id}/quotient", this::quotient, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        routes.post(FAMILIES + "/{id}/enfants", this::addChild, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
        routes.get(FAMILIES + "/{id}/documents", this::documents, Access.anyStaff());
        routes.get(FAMILIES + "/{id}/documents/{documentId}", ctx -> {
            Actor actor = Pages.actor(ctx);
            ReadDocument.Opened opened = u.readDocument().open(actor, Web.pathId(ctx, "documentId", DocumentId::parse));
            if (!opened.document().family().equals(familyId(ctx))) {
                opened.content().close();
                throw Refusals.notFound();
            }
            Downloads.inline(ctx, opened.document().filename(), opened.document().contentType(), opened.content());
        }, Access.anyStaff());
    }

    private static FamilyId familyId(Context ctx) {
        return Web.pathId(ctx, "id", FamilyId::parse);
    }

    private void view(Context ctx, PageContext page, Map<String, String> values) {
        Actor actor = Pages.actor(ctx);
        FamilyDetails details = u.findFamily().details(actor, familyId(ctx));
        Family f = details.family();
        LocalDate today = LocalDate.now(u.clock());
        Map<String, String> shown = new HashMap<>(fileValues(f));
        shown.put("validFrom", today.toString());
        shown.putAll(values);
        Map<String, Object> model = new HashMap<>();
        model.put("details", details);
        model.put("today", today);
        model.put("schools", u.schools().all());
        model.put("grades", Grade.values());
        model.put("values", shown);
        model.put("mandates", u.directDebits().ofFamily(actor, f.id()));
        model.put("documents", u.documents().of(actor, f.id()).size());
        model.put("nurseryRequests", actor.role().mayActAs(Role.NURSERY_AGENT)
                ? u.nurseryRequests().all(actor, null, null).stream().filter(r -> f.id().equals(r.request().family())).toList()
                : List.of());
        model.put("schoolRequests", actor.role().mayActAs(Role.SCHOOL_AGENT)
                ? u.schoolRequests().queue(actor, null, null, null).requests().stream().filter(r -> f.id().equals(r.family())).toList()
                : List.of());
        Pages.render(ctx, "family/view.jte", page.withTitle("Foyer " + f.name()), model);
    }

    /** The file's current values, to fill the edit form. */
    private static Map<String, String> fileValues(Family f) {
        Resources r = f.resources();
        Map<String, String> values = new HashMap<>();
        values.put("line1", f.address().line1());
        values.put("line2", f.address().line2() == null ? "" : f.address().line2());
        values.put("postcode", f.address().postcode());
        values.put("city", f.address().city());
        values.put("resources", r.declared() ? BillingFormat.eurosInput(r.annualResources().cents()) : "");
        values.put("dependents", String.valueOf(r.dependentChildren()));
        if (f.resident()) {
            values.put("resident", "true");
        }
        if (r.disabledChild()) {
            values.put("disabled", "true");
        }
        return values;
    }

    private void edit(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId id = familyId(ctx);
        PageForm form = PageForm.of(ctx).fallback("line1");
        PageForm.Field<String> line1 = form.required("line1", "Indiquez l'adresse.");
        PageForm.Field<String> postcode = form.required("postcode", "Indiquez le code postal.")
                .check(p -> p.matches("\\d{5}"), "Le code postal compte 5 chiffres.");
        PageForm.Field<String> city = form.required("city", "Indiquez la commune.");
        PageForm.Field<Long> resources = form.optional("resources", BillingFormat::euros, RESOURCES);
        PageForm.Field<Integer> dependents = form.required("dependents", Integer.class, DEPENDENTS).check(n -> n >= 1 && n <= 20, DEPENDENTS);
        form.submit(() -> u.editFamily().edit(actor, id, new EditFamily.Command(
                        new Address(line1.get(), form.text("line2"), postcode.get(), city.get()), form.has("resident"),
                        new Resources(resources.get() == null ? null : Money.ofCents(resources.get()), dependents.get(), form.has("disabled")))))
                .redirect(FAMILIES + "/" + id, "Dossier du foyer enregistré.")
                .orShow(errors -> view(ctx, Pages.context(ctx, "Dossier famille").withErrors(errors), form.values()));
    }

    private void quotient(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId id = familyId(ctx);
        PageForm form = PageForm.of(ctx).fallback("quotient");
        PageForm.Field<Integer> quotient = form.required("quotient", Integer.class, QUOTIENT).check(q -> q >= 0 && q <= 100_000, QUOTIENT);
        PageForm.Field<LocalDate> validFrom = form.required("validFrom", LocalDate.class, "Indiquez la date à partir de laquelle il s'applique.");
        form.submit(() -> u.updateQuotient().update(actor, id, quotient.get(), validFrom.get()))
                .redirect(FAMILIES + "/" + id, "Quotient familial enregistré.")
                .orShow(errors -> view(ctx, Pages.context(ctx, "Dossier famille").withErrors(errors), form.values()));
    }

    private void addChild(Context ctx) {
        Actor actor = Pages.actor(ctx);
        FamilyId id = familyId(ctx);
        PageForm form = PageForm.of(ctx).field("schoolId", "childSchool").fallback("childFirst");
        PageForm.Field<String> first = form.required("childFirst", "Indiquez le prénom de l'enfant.");
        PageForm.Field<String> last = form.required("childLast", "Indiquez le nom de l'enfant.");
        PageForm.Field<LocalDate> birth = form.required("childBirth", LocalDate.class, "Indiquez la date de naissance de l'enfant.");
        PageForm.Field<SchoolId> school = form.optional("childSchool", SchoolId::parse, "Choisissez une école de la liste.");
        PageForm.Field<Grade> grade = form.optional("childGrade", Grade.class, "Choisissez une classe de la liste.");
        form.submit(() -> u.addChild().add(actor, id, new CreateFamily.NewChild(first.get(), last.get(), birth.get(), school.get(), grade.get())))
                .then(child -> Pages.redirect(ctx, FAMILIES + "/" + id, first.get() + " fait maintenant partie du foyer."))
                .orShow(errors -> view(ctx, Pages.context(ctx, "Dossier famille").withErrors(errors), form.values()));
    }

    private void documents(Context ctx) {
        Actor actor = Pages.actor(ctx);
        Family family = u.findFamily().byId(actor, familyId(ctx));
        Pages.render(ctx, "family/documents.jte", Pages.context(ctx, "Documents du foyer " + family.name()),
                Map.of("family", family, "documents", u.documents().of(actor, family.id())));
    }
}
