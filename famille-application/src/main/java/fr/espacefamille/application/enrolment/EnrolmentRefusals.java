package fr.espacefamille.application.enrolment;

import fr.espacefamille.domain.shared.Refusal;

/** The refusals of API.md's "Enrolment requests (§8)" rows that several use cases share. */
public final class EnrolmentRefusals {

    public static final Refusal CAMPAIGN_CLOSED = Refusal.rule("CAMPAIGN_CLOSED",
            "Les inscriptions scolaires en ligne pour cette année ne sont pas ouvertes : adressez-vous à la mairie.");
    public static final Refusal DUPLICATE_REQUEST = Refusal.conflict("DUPLICATE_REQUEST",
            "Une demande d'inscription est déjà en cours pour cet enfant et cette année scolaire.");
    public static final Refusal NOT_EDITABLE = Refusal.conflict("NOT_EDITABLE",
            "Cette demande ne peut plus être modifiée : elle a changé d'état entre-temps.");
    public static final Refusal ALREADY_ENROLLED = Refusal.conflict("ALREADY_ENROLLED",
            "Cet enfant est déjà inscrit dans une école de la commune pour cette année scolaire.");
    public static final Refusal FAMILY_ALREADY_KNOWN = Refusal.conflict("FAMILY_ALREADY_KNOWN",
            "Votre famille est déjà connue de la mairie : connectez-vous à l'espace de votre foyer "
                    + "(ou demandez votre clé d'activation à la mairie) pour déposer la demande.");

    private EnrolmentRefusals() {
    }
}
