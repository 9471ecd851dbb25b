/** Reminders (relances) of unpaid invoices and their transfer to the Trésor public (SPEC §11). */
package fr.espacefamille.domain.reminder;
