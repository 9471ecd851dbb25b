/** What the town publishes for everyone: canteen menus (news come later). */
package fr.espacefamille.domain.publication;
