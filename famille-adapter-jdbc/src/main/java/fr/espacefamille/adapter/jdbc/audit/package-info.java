/** The append-only audit log, in a table. */
package fr.espacefamille.adapter.jdbc.audit;
