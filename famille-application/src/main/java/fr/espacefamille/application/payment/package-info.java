/** Online card payment of invoices: payment attempts, provider notifications, anomalies. */
package fr.espacefamille.application.payment;
