/** School enrolment online (§8) over HTTP: the JSON rows of API.md and the certificate of enrolment. */
package fr.espacefamille.adapter.http.enrolment;
