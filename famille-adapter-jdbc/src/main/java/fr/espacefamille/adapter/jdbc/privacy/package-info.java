/** Personal data (§13) in the database: every table holding a family's records, read for its export and erased at anonymisation. */
package fr.espacefamille.adapter.jdbc.privacy;
