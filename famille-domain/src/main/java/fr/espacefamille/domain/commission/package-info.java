/**
 * Regular care at the multi-accueil given by a commission: pre-registrations, the scoring grid and
 * its policy, age groups, commission sessions with their ranked lists, and offers of places.
 */
package fr.espacefamille.domain.commission;
