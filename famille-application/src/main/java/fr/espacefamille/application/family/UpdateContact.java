package fr.espacefamille.application.family;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.PhoneNumber;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A signed-in person changes their contact details. Email and phone change at once (the email on
 * the account, which mails go to, and on the guardian record staff see). A new postal address
 * becomes a request, with an optional proof of address from the family's documents, that waits
 * for staff, because it can change the family's tariff; it replaces a request still pending. Asking
 * for the current address again withdraws a pending request.
 */
public final class UpdateContact {

    /** A null field is left as it is; a blank phone removes the phone number. */
    public record Command(String email, String phone, Address address, DocumentId proofDocument) {
    }

    private final Accounts accounts;
    private final Families families;
    private final AddressRequests addressRequests;
    private final Documents documents;
    private final ShowMyAccount showMyAccount;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public UpdateContact(Accounts accounts, Families families, AddressRequests addressRequests, Documents documents,
            Transactions transactions, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.families = families;
        this.addressRequests = addressRequests;
        this.documents = documents;
        this.showMyAccount = new ShowMyAccount(accounts, families, addressRequests, documents);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public MyAccount update(Actor actor, Command command) {
        String email = command.email() == null ? null : command.email().strip().toLowerCase(Locale.ROOT);
        if (email != null && !Emails.looksValid(email)) {
            throw Refusals.invalid("email", "adresse électronique invalide");
        }
        String phone = command.phone() == null ? null : command.phone().strip();
        if (phone != null && !phone.isEmpty() && PhoneNumber.parse(phone).isEmpty()) {
            throw Refusals.invalid("phone", "numéro de téléphone non valable : dix chiffres (06 12 34 56 78) ou « + » et l'indicatif du pays");
        }
        if (command.proofDocument() != null && command.address() == null) {
            throw Refusals.invalid("proofDocumentId", "un justificatif accompagne un changement d'adresse");
        }
        if (actor.family().isEmpty() && (phone != null || command.address() != null)) {
            throw Refusals.invalid(phone != null ? "phone" : "address", "réservé aux comptes des familles");
        }
        Instant now = clock.instant();
        transactions.run(() -> {
            MyAccount mine = showMyAccount.show(actor);
            changeEmailAndPhone(actor, mine, email, phone);
            if (command.address() != null) {
                requestAddress(actor, mine.family(), mine.guardian(), command.address(), command.proofDocument(), now);
            }
        });
        return showMyAccount.show(actor);
    }

    private void changeEmailAndPhone(Actor actor, MyAccount mine, String email, String phone) {
        Account account = mine.account();
        String newEmail = email == null ? account.email() : email;
        Guardian guardian = mine.guardian();
        String oldPhone = guardian == null ? null : guardian.phone();
        String newPhone = phone == null ? oldPhone : phone.isEmpty() ? null : PhoneNumber.normalise(phone);
        if (newEmail.equals(account.email()) && Objects.equals(oldPhone, newPhone)) {
            return;
        }
        accounts.update(account.withEmail(newEmail));
        if (guardian != null) {
            families.update(mine.family().withGuardian(guardian.withContact(newEmail, newPhone)));
        }
        audit.record(actor, "CONTACT_CHANGED", account.id(), AuditJson.of("email", account.email(), "phone", oldPhone),
                AuditJson.of("email", newEmail, "phone", newPhone));
    }

    private void requestAddress(Actor actor, Family family, Guardian guardian, Address address, DocumentId proof,
            Instant now) {
        if (proof != null && documents.byId(proof).filter(d -> family.id().equals(d.family())).isEmpty()) {
            // another family's document answers exactly like one that does not exist
            throw Refusals.refuse(Refusal.notFound("Justificatif introuvable."));
        }
        addressRequests.pendingOf(family.id()).ifPresent(pending -> {
            addressRequests.update(pending.cancel(actor.username(), now));
            audit.record(actor, "ADDRESS_CHANGE_CANCELLED", pending.id(), null, null);
        });
        if (address.equals(family.address())) {
            return;
        }
        AddressRequest request = AddressRequest.create(family.id(), guardian.id(), address, proof, now);
        addressRequests.add(request);
        audit.record(actor, "ADDRESS_CHANGE_REQUESTED", request.id(), AuditJson.of("address", family.address().oneLine()),
                AuditJson.of("address", address.oneLine(), "proofDocument", proof));
    }
}
