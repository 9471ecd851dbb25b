/** Families through the web: staff enrol, search and read families; quotient updates. */
package fr.espacefamille.adapter.http.family;
