/** The canteen's tables: bookings, absences, attendance checks, and children read as pupils. */
package fr.espacefamille.adapter.jdbc.canteen;
