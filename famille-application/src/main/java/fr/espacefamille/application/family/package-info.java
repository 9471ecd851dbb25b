/** Use cases on families: create, search, read, family quotient. */
package fr.espacefamille.application.family;
