/**
 * Billing use cases: tariffs, monthly billing runs (draft then issue), invoices for families and
 * staff, staff payments, credit notes and direct-debit mandates, with the ports they read and write.
 */
package fr.espacefamille.application.billing;
