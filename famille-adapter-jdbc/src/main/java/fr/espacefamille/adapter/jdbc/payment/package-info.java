/** Card-payment attempts, handled notifications and anomalies in the database. */
package fr.espacefamille.adapter.jdbc.payment;
