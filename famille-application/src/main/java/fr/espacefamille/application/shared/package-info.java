/**
 * What every use case shares: the acting person, transactions, refusals, mail.
 *
 * <p><b>One refusal idiom.</b> A use case returns its result, or refuses by throwing a
 * {@link fr.espacefamille.domain.shared.RefusedException} (shorthands in {@link Refusals}); there is
 * no result type that may hold a failure, so callers never test a result for one. A refusal thrown
 * inside {@link Transactions} undoes what the transaction wrote. Work that must survive the refusal
 * (a failed sign-in counted against its login, a session opened only to link an identity and closed
 * again) is written in its own transaction, or undone, before the refusal goes on. Domain transitions
 * refuse the same way ({@code invoice.record(payment)}); a domain check that a use case consults
 * before acting answers an {@code Optional<Refusal>} ({@code BillingRun.refusalToStart}), which the
 * use case throws. The HTTP adapter turns the refusal into problem+json or a message beside its field.
 */
package fr.espacefamille.application.shared;
