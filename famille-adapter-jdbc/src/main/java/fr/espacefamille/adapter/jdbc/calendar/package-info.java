/** School years in the database, with the service-day calendar cached per instance. */
package fr.espacefamille.adapter.jdbc.calendar;
