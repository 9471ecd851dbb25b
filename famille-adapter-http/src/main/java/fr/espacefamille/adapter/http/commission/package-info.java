/** The commission over HTTP: pre-registrations and offers for families, grid and sessions for staff, API and pages. */
package fr.espacefamille.adapter.http.commission;
