/**
 * Use cases of the multi-accueil: settings and slots, regular contracts and occasional-care
 * registrations, bookings with their waiting list, absences, attendance and the billable hours
 * that billing reads.
 */
package fr.espacefamille.application.nursery;
