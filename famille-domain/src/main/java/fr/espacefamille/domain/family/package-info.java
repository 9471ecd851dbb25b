/** Families (foyers), their guardians (responsables légaux), children and family quotient. */
package fr.espacefamille.domain.family;
