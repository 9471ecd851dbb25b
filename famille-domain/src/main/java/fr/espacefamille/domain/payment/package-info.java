/** Online card payment: payment attempts, what a provider's notification means for them, anomalies for finance staff. */
package fr.espacefamille.domain.payment;
