/** Stores of the public space: news. */
package fr.espacefamille.adapter.jdbc.publication;
