/** Use cases of the school canteen: enrolment, bookings, weekly patterns, absences, attendance checks, headcounts, billing records. */
package fr.espacefamille.application.canteen;
