/** Billing on the web: tariffs (public and staff), billing runs, invoices and their PDFs, payments, credit notes, direct debits. */
package fr.espacefamille.adapter.http.billing;
