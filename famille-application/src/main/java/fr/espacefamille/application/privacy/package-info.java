/** Personal data (§13): a family's export, the retention rule's monthly anonymisation, staff holds. */
package fr.espacefamille.application.privacy;
