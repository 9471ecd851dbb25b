/** The audit log of every change made by a person. */
package fr.espacefamille.application.audit;
