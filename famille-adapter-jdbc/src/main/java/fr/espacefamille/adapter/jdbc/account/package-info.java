/** Accounts, sessions, activation keys and sign-in throttling, in tables. */
package fr.espacefamille.adapter.jdbc.account;
