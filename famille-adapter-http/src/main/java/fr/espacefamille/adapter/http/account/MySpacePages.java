package fr.espacefamille.adapter.http.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Problems;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.MyAccount;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.family.UpdateContact;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Outcome;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mes coordonnées et identifiants »: email
 * and phone, a new address with its proof, password, paper or online invoices.
 */
public final class MySpacePages implements Feature {

    private static final String ACCOUNT = "/espace/compte";
    private static final String ACCOUNT_TITLE = "Mes coordonnées et identifiants";
    private static final Map<String, String> FORM_FIELDS = Map.of("proofDocumentId", "proof", "address", "line1");

    private final ShowMyAccount showMyAccount;
    private final UpdateContact updateContact;
    private final ChangePassword changePassword;
    private final ChooseBillingPreference chooseBillingPreference;

    public MySpacePages(ShowMyAccount showMyAccount, UpdateContact updateContact, ChangePassword changePassword,
            ChooseBillingPreference chooseBillingPreference) {
        this.showMyAccount = showMyAccount;
        this.updateContact = updateContact;
        this.changePassword = changePassword;
        this.chooseBillingPreference = chooseBillingPreference;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ACCOUNT, ctx -> account(ctx, Pages.context(ctx, ACCOUNT_TITLE), Map.of()));
        routes.post(ACCOUNT + "/coordonnees", this::contact);
        routes.post(ACCOUNT + "/adresse", this::address);
        routes.post(ACCOUNT + "/mot-de-passe", this::password);
        routes.post(ACCOUNT + "/factures", this::billing);
    }

    private void account(Context ctx, PageContext page, Map<String, String> submitted) {
        Actor actor = Pages.actor(ctx);
        MyAccount mine = showMyAccount.show(actor);
        Map<String, String> values = new HashMap<>();
        values.put("email", mine.account().email());
        values.put("phone", mine.ownGuardian().map(g -> g.phone() == null ? "" : g.phone()).orElse(""));
        values.putAll(submitted);
        Pages.render(ctx, "account/account.jte", page, Map.of("mine", mine, "values", values,
                "proofs", showMyAccount.proofCandidates(actor), "franceConnect", Pages.settings(ctx).franceConnect()));
    }

    private static Map<String, String> form(Context ctx, String... fields) {
        Map<String, String> values = new HashMap<>();
        for (String field : fields) {
            values.put(field, ctx.formParamAsClass(field, String.class).getOrDefault(""));
        }
        return values;
    }

    /** Runs a change; a refusal shows the page again with its message beside the field, else back to the page with {@code done}. */
    private void attempt(Context ctx, Map<String, String> values, String fallbackField, String done, Consumer<Actor> change) {
        try {
            change.accept(Pages.actor(ctx));
            Pages.redirect(ctx, ACCOUNT, done);
        } catch (RefusedException e) {
            refuse(ctx, values, List.of(PageForm.of(ctx).fields(FORM_FIELDS).fallback(fallbackField).beside(e.refusal())), Problems.status(e.refusal().kind()));
        } catch (IllegalArgumentException e) {
            refuse(ctx, values, List.of(new FieldError(fallbackField, e.getMessage() + ".")), 400);
        }
    }

    private void refuse(Context ctx, Map<String, String> values, List<FieldError> errors, int status) {
        ctx.status(status);
        account(ctx, Pages.context(ctx, ACCOUNT_TITLE).withErrors(errors), values);
    }

    private void contact(Context ctx) {
        Map<String, String> values = form(ctx, "email", "phone");
        attempt(ctx, values, "email", "Vos coordonnées sont enregistrées.", actor -> updateContact.update(actor,
                new UpdateContact.Command(values.get("email"), actor.family().isPresent() ? values.get("phone") : null,
                        null, null)));
    }

    private void address(Context ctx) {
        Map<String, String> values = form(ctx, "line1", "line2", "postcode", "city", "proof");
        List<FieldError> errors = new ArrayList<>();
        if (values.get("line1").isBlank()) {
            errors.add(new FieldError("line1", "Indiquez l'adresse."));
        }
        if (!values.get("postcode").strip().matches("\\d{5}")) {
            errors.add(new FieldError("postcode", "Le code postal compte 5 chiffres."));
        }
        if (values.get("city").isBlank()) {
            errors.add(new FieldError("city", "Indiquez la commune."));
        }
        DocumentId proof = values.get("proof").isBlank() ? null : DocumentId.parse(values.get("proof")).orElse(null);
        if (!values.get("proof").isBlank() && proof == null) {
            errors.add(new FieldError("proof", "Choisissez un justificatif dans la liste."));
        }
        if (!errors.isEmpty()) {
            refuse(ctx, values, errors, 400);
            return;
        }
        attempt(ctx, values, "line1", "Votre demande de changement d'adresse est transmise à la mairie, qui vous répondra par courriel.",
                actor -> updateContact.update(actor, new UpdateContact.Command(null, null, new Address(values.get("line1"),
                        values.get("line2"), values.get("postcode").strip(), values.get("city")), proof)));
    }

    private void password(Context ctx) {
        Authenticated who = Web.authenticated(ctx).orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
        String current = ctx.formParamAsClass("currentPassword", String.class).getOrDefault("");
        String next = ctx.formParamAsClass("newPassword", String.class).getOrDefault("");
        if (!next.equals(ctx.formParam("newPasswordConfirmation"))) {
            refuse(ctx, Map.of(), List.of(new FieldError("newPasswordConfirmation", PasswordPages.PASSWORDS_DIFFER)), 400);
            return;
        }
        Outcome<?> outcome = changePassword.change(who, new ChangePassword.Command(current, next));
        if (outcome instanceof Outcome.Refused<?> refused) {
            String field = refused.refusal().code().equals("WEAK_PASSWORD") ? "newPassword" : "currentPassword";
            refuse(ctx, Map.of(), List.of(new FieldError(field, refused.refusal().message())),
                    Problems.status(refused.refusal().kind()));
            return;
        }
        Pages.redirect(ctx, ACCOUNT, "Votre mot de passe est changé. Vos autres connexions ont été fermées.");
    }

    private void billing(Context ctx) {
        String choice = ctx.formParamAsClass("paperless", String.class).getOrDefault("");
        if (!choice.equals("true") && !choice.equals("false")) {
            refuse(ctx, Map.of(), List.of(new FieldError("paperless-true", "Choisissez factures papier ou en ligne.")), 400);
            return;
        }
        boolean paperless = Boolean.parseBoolean(choice);
        attempt(ctx, Map.of(), "paperless-true", paperless
                ? "Vos factures seront désormais en ligne : un courriel vous préviendra de chaque nouvelle facture."
                : "Vos factures vous seront désormais envoyées sur papier.",
                actor -> chooseBillingPreference.choose(actor, paperless));
    }
}
