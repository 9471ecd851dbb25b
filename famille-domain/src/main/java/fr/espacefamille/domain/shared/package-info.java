/**
 * Value types shared by every feature: money, refusals, identifiers.
 *
 * <p><b>Refusals.</b> An expected "no" (deadline passed, nursery full, a field left empty) is a
 * {@link fr.espacefamille.domain.shared.Refusal}: a stable API code, a kind the adapters turn into a
 * status, a clean French message and, for a bad field, the field's API name
 * ({@code Refusal.invalid("to", "date de fin avant le début")}). It leaves a use case one way only:
 * thrown inside a {@link fr.espacefamille.domain.shared.RefusedException}, which also rolls back the
 * transaction it crossed. The JSON API writes it as problem+json (its {@code detail} names the field
 * first, « to : date de fin avant le début »); a page puts the message beside that field
 * ({@code adapter.http.shared.PageForm}). Broken invariants of a domain type that only a programming
 * error can reach stay {@link java.lang.IllegalArgumentException}s.
 */
package fr.espacefamille.domain.shared;
