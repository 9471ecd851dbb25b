/** The audit log for administrators. */
package fr.espacefamille.adapter.http.audit;
