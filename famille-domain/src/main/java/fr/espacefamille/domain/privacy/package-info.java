/** Personal data (§13): how long a family's data is kept before it is anonymised. */
package fr.espacefamille.domain.privacy;
