/** Reminders of unpaid invoices, their transfer to the Trésor public, and the job that does both once (SPEC §11). */
package fr.espacefamille.application.reminder;
