/** Reminders of unpaid invoices in the database. */
package fr.espacefamille.adapter.jdbc.reminder;
