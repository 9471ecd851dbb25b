package fr.espacefamille.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * A guardian's request to change the family's postal address, with an optional proof of address
 * (justificatif de domicile). It waits for staff because the address can change the family's
 * tariff; staff accept it (the family moves) or refuse it. A newer request from the family
 * replaces a pending one, which is then cancelled.
 */
public record AddressRequest(
        AddressRequestId id,
        FamilyId family,
        GuardianId guardian,
        Address address,
        DocumentId proof,
        Instant requestedAt,
        Status status,
        Instant decidedAt,
        String decidedBy,
        String refusalReason) {

    public enum Status {
        PENDING, ACCEPTED, REFUSED, CANCELLED
    }

    public static final int MAX_REASON_LENGTH = 500;

    public AddressRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        if ((status == Status.PENDING) != (decidedAt == null)) {
            throw new IllegalArgumentException("Une demande est en attente tant qu'elle n'a pas été traitée");
        }
        if (refusalReason != null && (status != Status.REFUSED || refusalReason.length() > MAX_REASON_LENGTH)) {
            throw new IllegalArgumentException("Seule une demande refusée porte un motif, de " + MAX_REASON_LENGTH + " caractères au plus");
        }
    }

    /** A new pending request. */
    public static AddressRequest create(FamilyId family, GuardianId guardian, Address address, DocumentId proof,
            Instant requestedAt) {
        return new AddressRequest(AddressRequestId.random(), family, guardian, address, proof, requestedAt,
                Status.PENDING, null, null, null);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Optional<DocumentId> proofDocument() {
        return Optional.ofNullable(proof);
    }

    /** Staff accept the new address. */
    public AddressRequest accept(String by, Instant at) {
        return decide(Status.ACCEPTED, by, at, null);
    }

    /** Staff refuse it, with an optional reason shown to the family. */
    public AddressRequest refuse(String by, Instant at, String reason) {
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        return decide(Status.REFUSED, by, at, trimmed);
    }

    /** The family asked for another address before staff decided. */
    public AddressRequest cancel(String by, Instant at) {
        return decide(Status.CANCELLED, by, at, null);
    }

    private AddressRequest decide(Status outcome, String by, Instant at, String reason) {
        if (!isPending()) {
            throw new IllegalStateException("Cette demande a déjà été traitée");
        }
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return new AddressRequest(id, family, guardian, address, proof, requestedAt, outcome, at, by, reason);
    }
}
