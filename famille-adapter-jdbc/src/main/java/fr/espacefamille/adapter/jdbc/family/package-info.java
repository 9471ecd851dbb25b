/** Families with their guardians, children and quotients, and the town's schools, in tables. */
package fr.espacefamille.adapter.jdbc.family;
