/** What every store shares: the migrated database, the current transaction and column reading. */
package fr.espacefamille.adapter.jdbc.shared;
