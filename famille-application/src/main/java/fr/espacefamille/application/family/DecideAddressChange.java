package fr.espacefamille.application.family;

import java.time.Clock;
import java.util.Optional;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Town;

/**
 * Staff accept a pending address change (the family's address becomes the new one and, when they
 * say so, whether it lives in the town) or refuse it with an optional reason. The guardian who
 * asked is told by mail.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code ALREADY_DECIDED}.
 */
public final class DecideAddressChange {

    /** The staff who may decide: those who enrol families and set their tariff. */
    static final Role[] DECIDERS = {Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT};

    public static final Refusal ALREADY_DECIDED = Refusal.conflict("ALREADY_DECIDED",
            "Cette demande de changement d'adresse a déjà été traitée.");

    /** {@code resident} (accepting only): null leaves the family's residence as it is. */
    public record Command(AddressRequestId request, boolean accept, Boolean resident, String reason) {
    }

    private final AddressRequests addressRequests;
    private final Families families;
    private final Accounts accounts;
    private final Transactions transactions;
    private final Audit audit;
    private final Mailer mailer;
    private final Town town;
    private final Clock clock;

    public DecideAddressChange(AddressRequests addressRequests, Families families, Accounts accounts,
            Transactions transactions, Audit audit, Mailer mailer, Town town, Clock clock) {
        this.addressRequests = addressRequests;
        this.families = families;
        this.accounts = accounts;
        this.transactions = transactions;
        this.audit = audit;
        this.mailer = mailer;
        this.town = town;
        this.clock = clock;
    }

    public AddressRequest decide(Actor actor, Command command) {
        actor.require(DECIDERS);
        if (command.reason() != null && command.reason().strip().length() > AddressRequest.MAX_REASON_LENGTH) {
            throw Refusals.invalid("reason", AddressRequest.MAX_REASON_LENGTH + " caractères au plus");
        }
        AddressRequest decided = transactions.inTransaction(() -> {
            AddressRequest request = addressRequests.byId(command.request()).orElseThrow(Refusals::notFound);
            if (!request.isPending()) {
                throw Refusals.refuse(ALREADY_DECIDED);
            }
            Family family = families.byId(request.family()).orElseThrow(Refusals::notFound);
            if (!command.accept()) {
                AddressRequest refused = request.refuse(actor.username(), clock.instant(), command.reason());
                addressRequests.update(refused);
                audit.record(actor, "ADDRESS_CHANGE_REFUSED", request.id(), null,
                        AuditJson.of("address", request.address().oneLine(), "reason", refused.refusalReason()));
                return refused;
            }
            Family moved = family.withAddress(request.address());
            if (command.resident() != null) {
                moved = moved.withResident(command.resident());
            }
            families.update(moved);
            AddressRequest accepted = request.accept(actor.username(), clock.instant());
            addressRequests.update(accepted);
            audit.record(actor, "ADDRESS_CHANGE_ACCEPTED", family.id(),
                    AuditJson.of("address", family.address().oneLine(), "resident", family.resident()),
                    AuditJson.of("address", moved.address().oneLine(), "resident", moved.resident()));
            return accepted;
        });
        accounts.byGuardian(decided.guardian()).map(account -> mail(account, decided)).ifPresent(mailer::send);
        return decided;
    }

    private Mail mail(Account account, AddressRequest decided) {
        MailComposer mail = MailComposer.subject(town, "Espace Famille : votre changement d'adresse")
                .paragraph("Bonjour,");
        if (decided.status() == AddressRequest.Status.ACCEPTED) {
            mail.paragraph("La mairie a enregistré la nouvelle adresse de votre foyer : " + decided.address().oneLine() + ".");
        } else {
            mail.paragraph("La mairie n'a pas pu enregistrer le changement d'adresse demandé ("
                    + decided.address().oneLine() + ").");
            Optional.ofNullable(decided.refusalReason()).ifPresent(reason -> mail.paragraph("Motif : " + reason));
            mail.paragraph("Vous pouvez faire une nouvelle demande depuis « Mes coordonnées » avec un justificatif de domicile.");
        }
        return mail.to(account.email());
    }
}
