package fr.espacefamille.application.family;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

class UpdateContactTest {

    private static final Address NEW_HOME = new Address("5 place de l'Église", "Appartement 3", "44480", "Donges");

    private final InMemoryPortal portal = new InMemoryPortal();
    private CreateFamily.Result martin;
    private Actor claire;

    @BeforeEach
    void claireIsSignedIn() {
        martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        claire = portal.session("claire.m", STRONG).actor();
    }

    private MyAccount update(String email, String phone, Address address, DocumentId proof) {
        return portal.updateContact.update(claire, new UpdateContact.Command(email, phone, address, proof));
    }

    private DocumentId document(FamilyId family) {
        Document proof = new Document(DocumentId.random(), family, DocumentKind.PROOF_OF_ADDRESS, "facture-edf.pdf",
                "application/pdf", 1234, Instant.parse("2026-09-06T10:00:00Z"), "stored-name");
        portal.documents.add(proof);
        return proof.id();
    }

    private static Refusal refusal(Runnable call) {
        try {
            call.run();
        } catch (RefusedException e) {
            return e.refusal();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void email_and_phone_change_at_once_on_the_account_and_the_guardian() {
        MyAccount mine = update(" Claire.Nouvelle@Example.fr ", "07 00 00 00 01", null, null);

        assertThat(mine.account().email()).isEqualTo("claire.nouvelle@example.fr");
        assertThat(mine.guardian().email()).isEqualTo("claire.nouvelle@example.fr");
        assertThat(mine.guardian().phone()).isEqualTo("0700000001");
        assertThat(portal.signIn.signIn(new SignIn.Command("claire.nouvelle@example.fr", STRONG))).isNotNull();
        assertThat(portal.audit("CONTACT_CHANGED")).singleElement().satisfies(entry -> {
            assertThat(entry.before()).contains("claire.m@example.fr", "0612345678");
            assertThat(entry.after()).contains("claire.nouvelle@example.fr", "0700000001");
        });
    }

    @Test
    void a_blank_phone_removes_it_and_absent_fields_stay() {
        MyAccount mine = update(null, "", null, null);

        assertThat(mine.guardian().phone()).isNull();
        assertThat(mine.account().email()).isEqualTo("claire.m@example.fr");
    }

    @Test
    void bad_email_or_phone_names_the_field_and_changes_nothing() {
        assertThat(refusal(() -> update("nope", null, null, null)).field()).hasValue("email");
        assertThat(refusal(() -> update(null, "appelez-moi", null, null)).field()).hasValue("phone");
        assertThat(portal.audit("CONTACT_CHANGED")).isEmpty();
    }

    @Test
    void an_address_change_waits_for_staff_and_the_family_keeps_its_address() {
        DocumentId proof = document(martin.id());

        MyAccount mine = update(null, null, NEW_HOME, proof);

        assertThat(mine.family().address()).isEqualTo(InMemoryPortal.donges());
        assertThat(mine.pendingAddressChange()).hasValueSatisfying(pending -> {
            assertThat(pending.address()).isEqualTo(NEW_HOME);
            assertThat(pending.proof()).isEqualTo(proof);
            assertThat(pending.guardian()).isEqualTo(martin.guardians().get(0).guardian());
        });
        assertThat(portal.audit("ADDRESS_CHANGE_REQUESTED")).hasSize(1);
    }

    @Test
    void a_newer_address_request_replaces_the_pending_one() {
        AddressRequest first = update(null, null, NEW_HOME, null).pendingAddress();
        Address other = new Address("1 rue du Port", null, "44480", "Donges");

        MyAccount mine = update(null, null, other, null);

        assertThat(mine.pendingAddress().address()).isEqualTo(other);
        assertThat(portal.addressRequests.byId(first.id()).orElseThrow().status()).isEqualTo(AddressRequest.Status.CANCELLED);
        assertThat(portal.addressRequests.pending(10)).hasSize(1);
    }

    @Test
    void asking_for_the_current_address_withdraws_the_pending_request() {
        update(null, null, NEW_HOME, null);

        assertThat(update(null, null, InMemoryPortal.donges(), null).pendingAddressChange()).isEmpty();
        assertThat(portal.addressRequests.pending(10)).isEmpty();
    }

    @Test
    void another_family_s_document_is_not_found_like_an_unknown_one() {
        CreateFamily.Result other = portal.martin();
        Refusal foreign = refusal(() -> update(null, null, NEW_HOME, document(other.id())));
        Refusal unknown = refusal(() -> update(null, null, NEW_HOME, DocumentId.random()));

        assertThat(foreign).isEqualTo(unknown);
        assertThat(foreign.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(portal.addressRequests.pending(10)).isEmpty();
    }

    @Test
    void the_proofs_offered_are_the_family_s_own_documents_proofs_of_address_first() {
        DocumentId proof = document(martin.id());
        Document certificate = new Document(DocumentId.random(), martin.id(), DocumentKind.MEDICAL_CERTIFICATE, "certificat.pdf",
                "application/pdf", 10, Instant.parse("2026-09-07T05:00:00Z"), "other-name");
        portal.documents.add(certificate);
        document(portal.martin().id());

        assertThat(portal.showMyAccount.proofCandidates(claire)).extracting(Document::id).containsExactly(proof, certificate.id());
        assertThat(portal.showMyAccount.proofCandidates(InMemoryPortal.AGENT)).isEmpty();
    }

    @Test
    void a_proof_alone_is_refused() {
        assertThat(refusal(() -> update(null, null, null, document(martin.id()))).field()).hasValue("proofDocumentId");
    }

    @Test
    void staff_change_only_their_email() {
        portal.createAgent.create(Actor.SYSTEM, new CreateAgent.Command("agent.ecole", "Agent-Ecole-Password-1",
                "agent@mairie.example.fr", Role.SCHOOL_AGENT));
        Actor agent = portal.session("agent.ecole", "Agent-Ecole-Password-1").actor();

        MyAccount mine = portal.updateContact.update(agent, new UpdateContact.Command("accueil@mairie.example.fr", null, null, null));

        assertThat(mine.account().email()).isEqualTo("accueil@mairie.example.fr");
        assertThat(mine.ownFamily()).isEmpty();
        assertThat(refusal(() -> portal.updateContact.update(agent, new UpdateContact.Command(null, "0240000000", null, null)))
                .field()).hasValue("phone");
    }
}
