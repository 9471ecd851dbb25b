/** Use cases on accounts: sign-in, sessions, staff accounts, activation keys. */
package fr.espacefamille.application.account;
