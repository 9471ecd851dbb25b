package fr.espacefamille.application.family;

import java.util.Optional;

import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;

/**
 * What a signed-in person sees of themselves: the account and, for a parent, their guardian
 * record, family and the address change waiting for staff, if any.
 */
public record MyAccount(Account account, Family family, Guardian guardian, AddressRequest pendingAddress) {

    public Optional<Family> ownFamily() {
        return Optional.ofNullable(family);
    }

    public Optional<Guardian> ownGuardian() {
        return Optional.ofNullable(guardian);
    }

    public Optional<AddressRequest> pendingAddressChange() {
        return Optional.ofNullable(pendingAddress);
    }
}
