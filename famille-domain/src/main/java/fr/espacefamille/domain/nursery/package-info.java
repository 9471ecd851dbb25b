/**
 * The multi-accueil « Bout d'chou »: half-day slots and their places, regular contracts, occasional
 * bookings with their waiting list, absences and their deduction, attendance and billed hours. The
 * hourly rate those hours are billed at (barème PSU) is a price: it lives with the tariffs in
 * {@code domain.billing} ({@code PsuHourlyRate}).
 */
package fr.espacefamille.domain.nursery;
