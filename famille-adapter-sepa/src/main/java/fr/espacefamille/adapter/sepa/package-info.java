/** The SEPA direct-debit document a bank takes: ISO 20022 pain.008.001.08 (EPC SDD Core 2023), written with StAX. */
package fr.espacefamille.adapter.sepa;
