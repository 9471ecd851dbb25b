/** School enrolment online (§8): campaigns, the sector map, enrolment requests, staff decisions. */
package fr.espacefamille.application.enrolment;
