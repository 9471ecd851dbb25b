/** Use cases of the public space: news, canteen menus and rules documents (règlements). */
package fr.espacefamille.application.publication;
