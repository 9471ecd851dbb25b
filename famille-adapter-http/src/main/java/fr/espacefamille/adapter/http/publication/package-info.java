/** The public space (home, news, menus, tariffs, how-to, contact) and the home pages after sign-in. */
package fr.espacefamille.adapter.http.publication;
