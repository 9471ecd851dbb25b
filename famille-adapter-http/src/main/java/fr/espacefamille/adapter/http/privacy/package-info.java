/** Personal data (§13) over HTTP: a family's data export as a zip, the staff list of families due for anonymisation and their holds. */
package fr.espacefamille.adapter.http.privacy;
