/** Use cases of the public space: news. */
package fr.espacefamille.application.publication;
