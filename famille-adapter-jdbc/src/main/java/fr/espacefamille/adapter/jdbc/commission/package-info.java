/** The commission's stores: scoring grids, pre-registrations, sessions with their lists, offers. */
package fr.espacefamille.adapter.jdbc.commission;
