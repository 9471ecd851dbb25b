/** Use cases on the school calendar: school years staff enter, the service-day calendar the rest asks. */
package fr.espacefamille.application.calendar;
