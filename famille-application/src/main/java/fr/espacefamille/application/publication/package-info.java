/** Use cases of the public space: news and canteen menus. */
package fr.espacefamille.application.publication;
