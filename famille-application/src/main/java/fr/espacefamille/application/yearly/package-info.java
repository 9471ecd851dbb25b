/** Yearly documents (SPEC §12): the families' childcare tax certificates and the nursery's CAF billing rate. */
package fr.espacefamille.application.yearly;
