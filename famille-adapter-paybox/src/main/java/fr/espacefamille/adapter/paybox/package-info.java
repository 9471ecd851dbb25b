/** Paybox System (HMAC) protocol: signed payment forms, host selection, and verification of the provider's notifications. */
package fr.espacefamille.adapter.paybox;
