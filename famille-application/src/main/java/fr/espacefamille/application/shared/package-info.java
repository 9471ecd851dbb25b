/**
 * What every use case shares: the acting person, transactions, refusals, mail.
 *
 * <p>A use case returns its result, or refuses by throwing a
 * {@link fr.espacefamille.domain.shared.RefusedException} (shorthands in {@link Refusals}): one idiom
 * for every business refusal, so that callers never test a result for failure and a refusal thrown
 * inside {@link Transactions} undoes what the transaction wrote. Work that must survive the refusal
 * (a failed sign-in counted against its login) is written in its own transaction before throwing.
 */
package fr.espacefamille.application.shared;
