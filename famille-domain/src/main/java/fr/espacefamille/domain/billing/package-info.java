/** Billing: tariffs, the policies that turn a month's consumption into invoice lines, invoices, numbering, payments and credit notes. */
package fr.espacefamille.domain.billing;
