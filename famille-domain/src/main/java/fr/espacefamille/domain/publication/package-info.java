/** What the town publishes for everyone: news, canteen menus and rules documents (règlements). */
package fr.espacefamille.domain.publication;
