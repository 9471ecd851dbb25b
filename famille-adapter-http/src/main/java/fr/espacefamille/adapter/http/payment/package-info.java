/** Card payment on the web: the signed form, the provider's notifications, the simulator, return pages and anomalies. */
package fr.espacefamille.adapter.http.payment;
