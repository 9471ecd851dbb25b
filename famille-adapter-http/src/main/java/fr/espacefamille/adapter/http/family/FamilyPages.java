package fr.espacefamille.adapter.http.family;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.RefusedException;
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
        routes.get("/agents/familles", this::search);
        routes.get("/agents/familles/nouvelle", ctx -> form(ctx, Pages.context(ctx, "Nouveau foyer"), Map.of()));
        routes.post("/agents/familles/nouvelle", this::create);
    }

    private static Actor staff(Context ctx) {
        Actor actor = Pages.actor(ctx);
        if (!actor.isStaff()) {
            throw Refusals.refuse(fr.espacefamille.domain.shared.Refusal.forbidden());
        }
        return actor;
    }

    private void search(Context ctx) {
        Actor actor = staff(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        Pages.render(ctx, "family/search.jte", Pages.context(ctx, "Familles"),
                Map.of("q", q, "families", findFamily.search(actor, q)));
    }

    private void form(Context ctx, PageContext page, Map<String, String> values) {
        staff(ctx);
        Pages.render(ctx, "family/new.jte", page, Map.of("values", values, "schools", schools.all(),
                "grades", Grade.values(), "childRows", CHILD_ROWS));
    }

    private void create(Context ctx) {
        Actor actor = staff(ctx);
        Map<String, String> values = new java.util.HashMap<>();
        ctx.formParamMap().forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        List<FieldError> errors = new ArrayList<>();
        CreateFamily.Command command = parse(values, errors);
        if (command != null) {
            try {
                CreateFamily.Result result = createFamily.create(actor, command);
                Pages.render(ctx, "family/created.jte", Pages.context(ctx, "Foyer créé"),
                        Map.of("details", findFamily.details(actor, result.id()), "keys", result.guardians()));
                return;
            } catch (RefusedException e) {
                errors.add(new FieldError("name", e.refusal().message()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("name", e.getMessage()));
            }
        }
        ctx.status(400);
        form(ctx, Pages.context(ctx, "Nouveau foyer").withErrors(errors), values);
    }

    private static CreateFamily.Command parse(Map<String, String> v, List<FieldError> errors) {
        require(v, "name", "Indiquez le nom du foyer.", errors);
        require(v, "line1", "Indiquez l'adresse.", errors);
        require(v, "city", "Indiquez la commune.", errors);
        if (!v.getOrDefault("postcode", "").strip().matches("\\d{5}")) {
            errors.add(new FieldError("postcode", "Le code postal compte 5 chiffres."));
        }
        require(v, "g1First", "Indiquez le prénom du premier responsable.", errors);
        require(v, "g1Last", "Indiquez le nom du premier responsable.", errors);
        Integer quotient = null;
        if (!v.getOrDefault("quotient", "").isBlank()) {
            try {
                quotient = Integer.parseInt(v.get("quotient").strip());
                if (quotient < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("quotient", "Le quotient familial est un nombre entier positif."));
            }
        }
        List<CreateFamily.NewGuardian> guardians = new ArrayList<>();
        guardians.add(new CreateFamily.NewGuardian(v.get("g1First"), v.get("g1Last"), v.get("g1Email"), v.get("g1Phone")));
        if (!v.getOrDefault("g2First", "").isBlank() || !v.getOrDefault("g2Last", "").isBlank()) {
            require(v, "g2First", "Indiquez le prénom du second responsable.", errors);
            require(v, "g2Last", "Indiquez le nom du second responsable.", errors);
            guardians.add(new CreateFamily.NewGuardian(v.get("g2First"), v.get("g2Last"), v.get("g2Email"), v.get("g2Phone")));
        }
        List<CreateFamily.NewChild> children = new ArrayList<>();
        for (int i = 1; i <= CHILD_ROWS; i++) {
            String first = v.getOrDefault("c" + i + "First", "");
            if (first.isBlank()) {
                continue;
            }
            require(v, "c" + i + "Last", "Indiquez le nom de l'enfant " + i + ".", errors);
            LocalDate birth = null;
            try {
                birth = LocalDate.parse(v.getOrDefault("c" + i + "Birth", ""));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("c" + i + "Birth", "Indiquez la date de naissance de l'enfant " + i + "."));
            }
            String school = v.getOrDefault("c" + i + "School", "");
            String grade = v.getOrDefault("c" + i + "Grade", "");
            children.add(new CreateFamily.NewChild(first, v.get("c" + i + "Last"), birth,
                    SchoolId.parse(school).orElse(null), grade.isBlank() ? null : Grade.valueOf(grade)));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            Address address = new Address(v.get("line1"), v.get("line2"), v.get("postcode").strip(), v.get("city"));
            return new CreateFamily.Command(v.get("name"), address, quotient, null, null, null,
                    v.containsKey("resident"), guardians, children);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("line1", e.getMessage()));
            return null;
        }
    }

    private static void require(Map<String, String> values, String field, String message, List<FieldError> errors) {
        if (values.getOrDefault(field, "").isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }
}
