/** Stores of school enrolment (§8): campaigns, sector map, requests, certificate numbers. */
package fr.espacefamille.adapter.jdbc.enrolment;
