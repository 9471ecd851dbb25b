package fr.espacefamille.adapter.http.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.MyAccount;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.family.UpdateContact;
import fr.espacefamille.application.shared.Actor;
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

    /** Shows the page again with the errors beside their fields and what was typed (never a password). */
    private void refuse(Context ctx, PageForm form, List<FieldError> errors) {
        Map<String, String> typed = new HashMap<>(form.values());
        typed.keySet().removeIf(field -> field.toLowerCase(java.util.Locale.ROOT).contains("password"));
        account(ctx, Pages.context(ctx, ACCOUNT_TITLE).withErrors(errors), typed);
    }

    private void contact(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("email");
        form.submit(() -> updateContact.update(actor, new UpdateContact.Command(form.values().getOrDefault("email", ""),
                        actor.family().isPresent() ? form.values().getOrDefault("phone", "") : null, null, null)))
                .redirect(ACCOUNT, "Vos coordonnées sont enregistrées.")
                .orShow(errors -> refuse(ctx, form, errors));
    }

    private void address(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fields(FORM_FIELDS).fallback("line1");
        PageForm.Field<String> line1 = form.required("line1", "Indiquez l'adresse.");
        PageForm.Field<String> postcode = form.required("postcode", "Le code postal compte 5 chiffres.")
                .check(code -> code.matches("\\d{5}"), "Le code postal compte 5 chiffres.");
        PageForm.Field<String> city = form.required("city", "Indiquez la commune.");
        PageForm.Field<DocumentId> proof = form.optional("proof", DocumentId::parse, "Choisissez un justificatif dans la liste.");
        form.submit(() -> updateContact.update(actor, new UpdateContact.Command(null, null,
                        new Address(line1.get(), form.values().getOrDefault("line2", ""), postcode.get(), city.get()), proof.get())))
                .redirect(ACCOUNT, "Votre demande de changement d'adresse est transmise à la mairie, qui vous répondra par courriel.")
                .orShow(errors -> refuse(ctx, form, errors));
    }

    private void password(Context ctx) {
        Authenticated who = Web.authenticated(ctx).orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
        PageForm form = PageForm.of(ctx).code("WEAK_PASSWORD", "newPassword").code(SignIn.BAD_CREDENTIALS.code(), "currentPassword")
                .code(SignIn.ACCOUNT_LOCKED.code(), "currentPassword").fallback("currentPassword");
        String next = form.values().getOrDefault("newPassword", "");
        if (!next.equals(ctx.formParam("newPasswordConfirmation"))) {
            form.error("newPasswordConfirmation", PasswordPages.PASSWORDS_DIFFER);
        }
        form.submit(() -> changePassword.change(who, new ChangePassword.Command(form.values().getOrDefault("currentPassword", ""), next)))
                .redirect(ACCOUNT, "Votre mot de passe est changé. Vos autres connexions ont été fermées.")
                .orShow(errors -> refuse(ctx, form, errors));
    }

    private void billing(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).field("paperless", "paperless-true").fallback("paperless-true");
        PageForm.Field<String> choice = form.required("paperless", "Choisissez factures papier ou en ligne.")
                .check(value -> value.equals("true") || value.equals("false"), "Choisissez factures papier ou en ligne.");
        form.submit(() -> chooseBillingPreference.choose(actor, Boolean.parseBoolean(choice.get())))
                .then(ignored -> Pages.redirect(ctx, ACCOUNT, Boolean.parseBoolean(choice.get())
                        ? "Vos factures seront désormais en ligne : un courriel vous préviendra de chaque nouvelle facture."
                        : "Vos factures vous seront désormais envoyées sur papier."))
                .orShow(errors -> refuse(ctx, form, errors));
    }
}
