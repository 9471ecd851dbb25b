/**
 * The multi-accueil « Bout d'chou »: half-day slots and their places, regular contracts, occasional
 * bookings with their waiting list, absences and their deduction, attendance and billed hours.
 */
package fr.espacefamille.domain.nursery;
