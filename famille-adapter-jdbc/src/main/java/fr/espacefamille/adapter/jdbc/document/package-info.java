/** Documents' metadata in the database (their bytes live in files). */
package fr.espacefamille.adapter.jdbc.document;
