/** Accounts, roles, activation keys and password rules. */
package fr.espacefamille.domain.account;
