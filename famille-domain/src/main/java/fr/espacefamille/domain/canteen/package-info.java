/** The school canteen (restauration scolaire): bookings and their deadline, absences, attendance checks, what is charged. */
package fr.espacefamille.domain.canteen;
