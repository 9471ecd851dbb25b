/** Outgoing mail: SMTP through Angus Mail, or .eml files in an outbox folder when no SMTP server is configured. */
package fr.espacefamille.adapter.mail;
