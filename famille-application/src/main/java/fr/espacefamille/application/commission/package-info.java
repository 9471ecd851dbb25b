/**
 * Regular care given by the commission: pre-registrations, the scoring grid, sessions and their
 * allocation, offers and their answers and expiry, what families and staff read of them.
 */
package fr.espacefamille.application.commission;
