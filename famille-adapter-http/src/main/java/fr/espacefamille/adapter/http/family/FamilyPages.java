package fr.espacefamille.adapter.http.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fr.espacefamille.adapter.http.billing.BillingFormat;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Staff pages: family search and the enrolment form (the family's file is {@link FamilyHubPages}). */
public final class FamilyPages implements Feature {

    static final int CHILD_ROWS = 4;

    private final CreateFamily createFamily;
    private final FindFamily findFamily;
    private final Schools schools;

    public FamilyPages(CreateFamily createFamily, FindFamily findFamily, Schools schools) {
        this.createFamily = createFamily;
        this.findFamily = findFamily;
        this.schools = schools;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/agents/familles", this::search, Access.anyStaff());
        // the form is shown to those who may create a family
        routes.get("/agents/familles/nouvelle", ctx -> form(ctx, Pages.context(ctx, "Nouveau foyer"), Map.of()),
                Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
        routes.post("/agents/familles/nouvelle", this::create, Access.staff(Role.SCHOOL_AGENT, Role.NURSERY_AGENT));
    }

    private void search(Context ctx) {
        Actor actor = Pages.actor(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        Pages.render(ctx, "family/search.jte", Pages.context(ctx, "Familles"),
                Map.of("q", q, "families", findFamily.search(actor, q)));
    }

    private void form(Context ctx, PageContext page, Map<String, String> values) {
        Pages.render(ctx, "family/new.jte", page, Map.of("values", values, "schools", schools.all(),
                "grades", Grade.values(), "childRows", CHILD_ROWS));
    }

    /**
     * Creates the family with its guardians, children and household resources (the nursery's hourly
     * rate), through the same use case as the API; each error goes beside its field.
     */
    private void create(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fields(Map.of("address", "line1", "annualResourcesCents", "resources",
                "dependentChildren", "dependents", "guardians", "g1First")).fallback("name");
        PageForm.Field<String> name = form.required("name", "Indiquez le nom du foyer.");
        PageForm.Field<String> line1 = form.required("line1", "Indiquez l'adresse.");
        PageForm.Field<String> postcode = form.required("postcode", "Le code postal compte 5 chiffres.")
                .check(p -> p.matches("\\d{5}"), "Le code postal compte 5 chiffres.");
        PageForm.Field<String> city = form.required("city", "Indiquez la commune.");
        PageForm.Field<Integer> quotient = form.optional("quotient", Integer.class, FamilyHubPages.QUOTIENT)
                .check(q -> q >= 0 && q <= 100_000, FamilyHubPages.QUOTIENT);
        PageForm.Field<Long> resources = form.optional("resources", BillingFormat::euros, FamilyHubPages.RESOURCES);
        PageForm.Field<Integer> dependents = form.optional("dependents", Integer.class, FamilyHubPages.DEPENDENTS)
                .check(n -> n >= 1 && n <= 20, FamilyHubPages.DEPENDENTS);
        form.required("g1First", "Indiquez le prénom du premier responsable.");
        form.required("g1Last", "Indiquez le nom du premier responsable.");
        // built inside the use case's call, once every field is readable
        List<Supplier<CreateFamily.NewGuardian>> guardians = new ArrayList<>();
        guardians.add(() -> guardian(form, 1));
        if (form.text("g2First") != null || form.text("g2Last") != null) {
            form.required("g2First", "Indiquez le prénom du second responsable.");
            form.required("g2Last", "Indiquez le nom du second responsable.");
            guardians.add(() -> guardian(form, 2));
        }
        List<Supplier<CreateFamily.NewChild>> children = new ArrayList<>();
        for (int i = 1; i <= CHILD_ROWS; i++) {
            if (form.text("c" + i + "First") != null) {
                children.add(child(form, i));
            }
        }
        form.submit(() -> createFamily.create(actor, new CreateFamily.Command(name.get(),
                        new Address(line1.get(), form.text("line2"), postcode.get(), city.get()), quotient.get(), resources.get(),
                        dependents.get(), form.has("disabled"), form.has("resident"), guardians.stream().map(Supplier::get).toList(),
                        children.stream().map(Supplier::get).toList())))
                .then(result -> Pages.render(ctx, "family/created.jte", Pages.context(ctx, "Foyer créé"),
                        Map.of("details", findFamily.details(actor, result.id()), "keys", result.guardians())))
                .orShow(errors -> form(ctx, Pages.context(ctx, "Nouveau foyer").withErrors(errors), form.values()));
    }

    private static CreateFamily.NewGuardian guardian(PageForm form, int n) {
        String g = "g" + n;
        return new CreateFamily.NewGuardian(form.text(g + "First"), form.text(g + "Last"), form.text(g + "Email"), form.text(g + "Phone"));
    }

    /** The child of row {@code i}, its first name filled in: the other fields are then required or read. */
    private static Supplier<CreateFamily.NewChild> child(PageForm form, int i) {
        String c = "c" + i;
        PageForm.Field<String> last = form.required(c + "Last", "Indiquez le nom de l'enfant " + i + ".");
        PageForm.Field<LocalDate> birth = form.required(c + "Birth", LocalDate.class, "Indiquez la date de naissance de l'enfant " + i + ".");
        PageForm.Field<Grade> grade = form.optional(c + "Grade", Grade.class, "Choisissez la classe de l'enfant " + i + " dans la liste.");
        return () -> new CreateFamily.NewChild(form.text(c + "First"), last.get(), birth.get(),
                SchoolId.parse(form.text(c + "School")).orElse(null), grade.get());
    }
}
