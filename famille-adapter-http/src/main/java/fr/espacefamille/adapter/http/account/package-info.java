/** Sign-in, sessions, accounts and staff agents through the web. */
package fr.espacefamille.adapter.http.account;
