/** Families' documents (certificates, proofs of address, insurance) kept in secure storage. */
package fr.espacefamille.domain.document;
