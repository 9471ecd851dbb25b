/** Stores of the public space: news and canteen menus. */
package fr.espacefamille.adapter.jdbc.publication;
