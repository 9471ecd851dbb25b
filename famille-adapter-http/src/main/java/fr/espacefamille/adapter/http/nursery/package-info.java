/** The nursery's JSON API (API.md "Nursery" and staff rows) and its French pages for parents and staff. */
package fr.espacefamille.adapter.http.nursery;
