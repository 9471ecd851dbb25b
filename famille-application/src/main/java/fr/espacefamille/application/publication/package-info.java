/** Use cases of what the town publishes for everyone: canteen menus. */
package fr.espacefamille.application.publication;
