/** School years, French public holidays and working days, in Europe/Paris. */
package fr.espacefamille.domain.calendar;
