/** Value types shared by every feature: money, refusals, identifiers. */
package fr.espacefamille.domain.shared;
