package fr.espacefamille.application.billing;

import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;

/** Finance staff read the direct-debit files: the latest ones, one with its invoices, and its pain.008 document as generated. */
public final class ReadDirectDebitFiles {

    public record FileDetails(DirectDebitFile file, List<DirectDebitCollection> collections) {
    }

    private final DirectDebitFiles files;

    public ReadDirectDebitFiles(DirectDebitFiles files) {
        this.files = files;
    }

    public List<DirectDebitFile> latest(Actor actor) {
        actor.require(Role.FINANCE_AGENT);
        return files.latest(100);
    }

    public FileDetails details(Actor actor, DirectDebitFileId id) {
        actor.require(Role.FINANCE_AGENT);
        DirectDebitFile file = files.byId(id).orElseThrow(Refusals::notFound);
        return new FileDetails(file, files.collections(id));
    }

    public byte[] document(Actor actor, DirectDebitFileId id) {
        actor.require(Role.FINANCE_AGENT);
        files.byId(id).orElseThrow(Refusals::notFound);
        return files.content(id);
    }
}
