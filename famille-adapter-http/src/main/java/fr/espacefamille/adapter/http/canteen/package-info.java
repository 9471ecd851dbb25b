/** The canteen through the web: the JSON API of bookings, absences, attendance and headcounts, and its French pages. */
package fr.espacefamille.adapter.http.canteen;
