/** Yearly documents (SPEC §12): the childcare tax certificate and the CAF billing rate of the nursery. */
package fr.espacefamille.domain.yearly;
