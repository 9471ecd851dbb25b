/** The parents' dashboard and the staff back-office home: one glance at what to act on, built from the features' use cases. */
package fr.espacefamille.adapter.http.web;
