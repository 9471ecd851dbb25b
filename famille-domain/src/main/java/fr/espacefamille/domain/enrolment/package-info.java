/** School enrolment online (§8): campaigns, the school sector map, enrolment requests and their decisions. */
package fr.espacefamille.domain.enrolment;
