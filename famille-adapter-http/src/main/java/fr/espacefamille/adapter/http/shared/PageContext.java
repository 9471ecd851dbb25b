package fr.espacefamille.adapter.http.shared;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.shared.Town;

/**
 * What every page's layout needs: its title, the signed-in person (if any), the CSRF token for
 * its forms, the demo-payment banner, a flash message, the form errors to summarise and the town.
 */
public record PageContext(String title, Actor actor, String csrf, boolean simulatedPayments, String flash,
        List<FieldError> errors, Town town) {

    public record FieldError(String field, String message) {
    }

    public PageContext {
        errors = List.copyOf(errors);
        town = town == null ? Town.DONGES : town;
    }

    public Optional<Actor> signedIn() {
        return Optional.ofNullable(actor);
    }

    public boolean isStaff() {
        return actor != null && actor.isStaff();
    }

    /** A guardian of a known family (not an applicant account, which has none yet). */
    public boolean isParent() {
        return actor != null && actor.role() == Role.PARENT;
    }

    /** An applicant account (compte demandeur): no family yet. */
    public boolean isApplicant() {
        return actor != null && actor.role() == Role.APPLICANT;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The error message for a field, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public PageContext withTitle(String newTitle) {
        return new PageContext(newTitle, actor, csrf, simulatedPayments, flash, errors, town);
    }

    public PageContext withErrors(List<FieldError> newErrors) {
        return new PageContext(title, actor, csrf, simulatedPayments, flash, newErrors, town);
    }
}
