/** The billing stores: tariffs, runs, invoices with lines, payments and credit notes, numbering counters, direct-debit mandates. */
package fr.espacefamille.adapter.jdbc.billing;
