package fr.espacefamille.adapter.http.account;

import java.util.HashMap;
import java.util.Map;

import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
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
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mes coordonnées et identifiants »: an overview, then one page per task — email and phone, a new
 * address with its proof (uploaded inline or chosen among the family's documents), the password,
 * paper or online invoices. Each form comes back to the overview with a message once saved.
 */
public final class MySpacePages implements Feature {

    private static final String ACCOUNT = "/espace/compte";
    private static final String ACCOUNT_TITLE = "Mes coordonnées et identifiants";
    private static final String PROOF_FILE = "justificatif";
    private static final Map<String, String> FORM_FIELDS = Map.of("proofDocumentId", "proof", "address", "line1");

    private final ShowMyAccount showMyAccount;
    private final UpdateContact updateContact;
    private final ChangePassword changePassword;
    private final ChooseBillingPreference chooseBillingPreference;
    private final AbsenceCertificate proofs;

    public MySpacePages(ShowMyAccount showMyAccount, UpdateContact updateContact, ChangePassword changePassword,
            ChooseBillingPreference chooseBillingPreference, AbsenceCertificate proofs) {
        this.showMyAccount = showMyAccount;
        this.updateContact = updateContact;
        this.changePassword = changePassword;
        this.chooseBillingPreference = chooseBillingPreference;
        this.proofs = proofs;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ACCOUNT, ctx -> Pages.render(ctx, "account/account.jte", Pages.context(ctx, ACCOUNT_TITLE),
                Map.of("mine", showMyAccount.show(Pages.actor(ctx)), "franceConnect", Pages.settings(ctx).franceConnect())));
        routes.get(ACCOUNT + "/coordonnees", ctx -> contactForm(ctx, Pages.context(ctx, "Mes coordonnées"), Map.of()));
        routes.post(ACCOUNT + "/coordonnees", this::contact);
        routes.get(ACCOUNT + "/adresse", ctx -> addressForm(ctx, Pages.context(ctx, "Changement d'adresse"), Map.of()));
        routes.post(ACCOUNT + "/adresse", this::address);
        routes.get(ACCOUNT + "/mot-de-passe", ctx -> Pages.render(ctx, "account/password-change.jte",
                Pages.context(ctx, "Changer mon mot de passe")));
        routes.post(ACCOUNT + "/mot-de-passe", this::password);
        routes.get(ACCOUNT + "/factures", ctx -> billingForm(ctx, Pages.context(ctx, "Réception de mes factures")));
        routes.post(ACCOUNT + "/factures", this::billing);
    }

    private void contactForm(Context ctx, PageContext page, Map<String, String> submitted) {
        MyAccount mine = showMyAccount.show(Pages.actor(ctx));
        Map<String, String> values = new HashMap<>();
        values.put("email", mine.account().email());
        values.put("phone", mine.ownGuardian().map(g -> FrenchText.phone(g.phone())).orElse(""));
        values.putAll(submitted);
        Pages.render(ctx, "account/contact.jte", page, Map.of("mine", mine, "values", values));
    }

    /** The address form, for a family account (an applicant has no household address yet). */
    private void addressForm(Context ctx, PageContext page, Map<String, String> values) {
        Actor actor = Pages.actor(ctx);
        MyAccount mine = showMyAccount.show(actor);
        if (mine.family() == null) {
            throw Refusals.notFound();
        }
        Pages.render(ctx, "account/address.jte", page, Map.of("mine", mine, "values", values,
                "proofs", showMyAccount.proofCandidates(actor)));
    }

    private void billingForm(Context ctx, PageContext page) {
        MyAccount mine = showMyAccount.show(Pages.actor(ctx));
        if (mine.family() == null) {
            throw Refusals.notFound();
        }
        Pages.render(ctx, "account/billing-choice.jte", page, Map.of("mine", mine));
    }

    private void contact(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("email");
        form.submit(() -> updateContact.update(actor, new UpdateContact.Command(form.values().getOrDefault("email", ""),
                        actor.family().isPresent() ? form.values().getOrDefault("phone", "") : null, null, null)))
                .redirect(ACCOUNT, "Vos coordonnées sont enregistrées.")
                .orShow(errors -> contactForm(ctx, Pages.context(ctx, "Mes coordonnées").withErrors(errors), form.values()));
    }

    /** The new address with its proof: a file sent with the form (kept only if the request is), else a document chosen. */
    private void address(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fields(FORM_FIELDS).fallback("line1");
        PageForm.Field<String> line1 = form.required("line1", "Indiquez l'adresse.");
        PageForm.Field<String> postcode = form.required("postcode", "Le code postal compte 5 chiffres.")
                .check(code -> code.matches("\\d{5}"), "Le code postal compte 5 chiffres.");
        PageForm.Field<String> city = form.required("city", "Indiquez la commune.");
        PageForm.Field<DocumentId> chosen = form.optional("proof", DocumentId::parse, "Choisissez un justificatif dans la liste.");
        form.submit(() -> {
            Address address = new Address(line1.get(), form.values().getOrDefault("line2", ""), postcode.get(), city.get());
            DocumentId uploaded = proofs.upload(ctx, actor, DocumentKind.PROOF_OF_ADDRESS, PROOF_FILE);
            return proofs.report(actor, uploaded, () -> updateContact.update(actor, new UpdateContact.Command(null, null, address,
                    uploaded != null ? uploaded : chosen.get())));
        }).redirect(ACCOUNT, "Votre demande de changement d'adresse est transmise à la mairie, qui vous répondra par courriel.")
                .orShow(errors -> addressForm(ctx, Pages.context(ctx, "Changement d'adresse").withErrors(errors), form.values()));
    }

    private void password(Context ctx) {
        Authenticated who = Web.authenticated(ctx).orElseThrow(() -> new RefusedException(Refusal.unauthenticated()));
        PageForm form = PageForm.of(ctx).code("WEAK_PASSWORD", "newPassword").code(SignIn.BAD_CREDENTIALS.code(), "currentPassword")
                .code(SignIn.ACCOUNT_LOCKED.code(), "currentPassword").fallback("currentPassword");
        String next = form.values().getOrDefault("newPassword", "");
        if (!next.equals(ctx.formParam("newPasswordConfirmation"))) {
            form.error("newPasswordConfirmation", PasswordPages.PASSWORDS_DIFFER);
        }
        // never shown again: the page has no password values to fill in
        form.submit(() -> changePassword.change(who, new ChangePassword.Command(form.values().getOrDefault("currentPassword", ""), next)))
                .redirect(ACCOUNT, "Votre mot de passe est changé. Vos autres connexions ont été fermées.")
                .orShow(errors -> Pages.render(ctx, "account/password-change.jte",
                        Pages.context(ctx, "Changer mon mot de passe").withErrors(errors)));
    }

    private void billing(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).field("paperless", "paperless-true").fallback("paperless-true");
        PageForm.Field<String> choice = form.required("paperless", "Choisissez factures papier ou en ligne.")
                .check(value -> value.equals("true") || value.equals("false"), "Choisissez factures papier ou en ligne.");
        form.submit(() -> chooseBillingPreference.choose(actor, Boolean.parseBoolean(choice.get())))
                .then(ignored -> Pages.redirect(ctx, ACCOUNT, Boolean.parseBoolean(choice.get())
                        ? "Vos factures seront désormais en ligne\u00a0: un courriel vous préviendra de chaque nouvelle facture."
                        : "Vos factures vous seront désormais envoyées sur papier."))
                .orShow(errors -> billingForm(ctx, Pages.context(ctx, "Réception de mes factures").withErrors(errors)));
    }
}
