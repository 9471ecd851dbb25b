/** What the town publishes for everyone: news and canteen menus. */
package fr.espacefamille.domain.publication;
