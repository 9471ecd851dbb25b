/** What every use case shares: the acting person, transactions, outcomes. */
package fr.espacefamille.application.shared;
