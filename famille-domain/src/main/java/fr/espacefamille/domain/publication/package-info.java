/** What the town publishes for everyone: news (and, in the canteen feature, menus). */
package fr.espacefamille.domain.publication;
