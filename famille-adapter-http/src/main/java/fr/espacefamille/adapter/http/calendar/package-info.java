/** School years through the web: the staff API and page. */
package fr.espacefamille.adapter.http.calendar;
