/** Published menus in the database. */
package fr.espacefamille.adapter.jdbc.publication;
